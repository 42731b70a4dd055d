// Issue 10.8: a refused file leaves its folder exactly as it was: the same names (no -wal, -shm or
// -journal beside it) and the same bytes. Every refusal kind, on files in WAL mode (the mode a
// local database is in, where SQLite makes -wal and -shm files as soon as it opens one).
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/core/store/migrations';
import { openConnection } from '../../../main/core/store/sqlite';
import { createFactdeskFile, damageMiddlePage, openingError, plantStat1, tamper } from './planted';
import { removeTempDirs, tempDir } from './temp';

afterEach(removeTempDirs);

/** Every entry of a folder: files by the hash of their bytes, folders and links by what they are. */
function snapshotDir(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir).map((name) => {
      const entry = lstatSync(join(dir, name));
      if (entry.isSymbolicLink()) return [name, `link to ${readlinkSync(join(dir, name))}`];
      if (entry.isDirectory()) return [name, `folder with ${readdirSync(join(dir, name)).join(',')}`];
      return [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')];
    }),
  );
}

async function expectFolderUnchanged(dir: string, path: string, reason: RegExp, create = false): Promise<void> {
  const before = snapshotDir(dir);
  expect((await openingError(path, create)).message).toMatch(reason);
  expect([...snapshotDir(dir).keys()].sort()).toEqual([...before.keys()].sort());
  expect(snapshotDir(dir)).toEqual(before);
}

async function walFileOfAnotherProgram(dir: string, sql: string): Promise<string> {
  const path = join(dir, 'other.db');
  const raw = await openConnection(path, { create: true });
  await raw.exec(`PRAGMA journal_mode = WAL; ${sql}`);
  await raw.close();
  return path;
}

describe('a refusal leaves the folder as it found it', () => {
  it('a text file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.db'), 'These are my notes, not a database.\n'.repeat(20));
    await expectFolderUnchanged(dir, join(dir, 'notes.db'), /not a SQLite database/);
  });

  it('another program’s database (WAL mode)', async () => {
    const dir = tempDir();
    const path = await walFileOfAnotherProgram(dir, "CREATE TABLE contacts (name, phone); INSERT INTO contacts VALUES ('Ada', '123');");
    await expectFolderUnchanged(dir, path, /not a Factdesk one/);
  });

  it('an empty database with a foreign application id (WAL mode)', async () => {
    const dir = tempDir();
    const path = await walFileOfAnotherProgram(dir, 'PRAGMA application_id = 1234; CREATE TABLE t (x); DROP TABLE t;');
    await expectFolderUnchanged(dir, path, /application id 1234/);
  });

  it('a database from a newer Factdesk', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir);
    await tamper(path, `PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await expectFolderUnchanged(dir, path, /newer Factdesk/);
  });

  it('a database with damaged pages', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir);
    await damageMiddlePage(path);
    await expectFolderUnchanged(dir, path, /damaged/);
  });

  it('tampered structure: a trigger, a view, an altered table, a missing trigger', async () => {
    const changes = [
      ['CREATE TRIGGER wipe AFTER INSERT ON claim BEGIN DELETE FROM source; END;', /unexpected trigger "wipe"/],
      ['CREATE VIEW everything AS SELECT * FROM article;', /unexpected view "everything"/],
      ['ALTER TABLE claim ADD COLUMN secret TEXT;', /altered table "claim"/],
      ['DROP TRIGGER change_log_no_delete;', /missing trigger "change_log_no_delete"/],
    ] as const;
    for (const [sql, reason] of changes) {
      const dir = tempDir();
      const path = await createFactdeskFile(dir);
      await tamper(path, sql);
      await expectFolderUnchanged(dir, path, reason);
    }
  });

  it('a migration record that does not match the schema version', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir);
    await tamper(path, "UPDATE schema_migration SET name = 'something_else' WHERE version = 1;");
    await expectFolderUnchanged(dir, path, /record of applied migrations/);
  });

  it('a planted statistics table', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir);
    await plantStat1(path, "printf('%d', seed)", 3);
    await expectFolderUnchanged(dir, path, /sqlite_stat1/);
  });

  it('an empty file of another kind, a folder, a missing folder, a loop of links', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '__init__.py'), '');
    await expectFolderUnchanged(dir, join(dir, '__init__.py'), /empty file/, true);
    mkdirSync(join(dir, 'folder.db'));
    await expectFolderUnchanged(dir, join(dir, 'folder.db'), /folder, not a file/, true);
    await expectFolderUnchanged(dir, join(dir, 'missing', 'team.db'), /does not exist/, true);
    symlinkSync(join(dir, 'loop-b.db'), join(dir, 'loop-a.db'));
    symlinkSync(join(dir, 'loop-a.db'), join(dir, 'loop-b.db'));
    await expectFolderUnchanged(dir, join(dir, 'loop-a.db'), /loop of symbolic links/, true);
  });
});
