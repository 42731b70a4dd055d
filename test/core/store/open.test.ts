// Opening files: a new path gets every migration; anything that is not an intact Factdesk
// database of this or an older schema is refused with a clear message and without a byte written.
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FactdeskError } from '@common/domain/errors';
import { expectedSchema, readSchema, schemaDifferences } from '../../../main/core/store/migrate';
import { FACTDESK_APPLICATION_ID, LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { openConnection } from '../../../main/core/store/sqlite';
import { createFactdeskFile as createFile, damageMiddlePage, leakPage, tamper } from './planted';
import { removeTempDirs, snapshotDir, tempDir } from './temp';

afterEach(removeTempDirs);

/** A Factdesk file with a rollback journal: one file, no -wal. */
const createFactdeskFile = (dir: string): Promise<string> => createFile(dir, 'team.db', 'network');

async function expectRefused(path: string, reason: RegExp): Promise<FactdeskError> {
  const dir = join(path, '..');
  const before = snapshotDir(dir);
  const error = await openDatabase(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FactdeskError);
  const refusal = error as FactdeskError;
  expect(refusal.code).toBe('refused_file');
  expect(refusal.message).toContain(path);
  expect(refusal.message).toMatch(reason);
  // Not one byte written: same files, same contents (no journal, no WAL, no migration).
  expect(snapshotDir(dir)).toEqual(before);
  return refusal;
}

describe('a new database', () => {
  it('gets every migration, the Factdesk application id, the default verdict scale, and the safety pragmas', async () => {
    const path = join(tempDir(), 'fresh.db');
    const db = await openDatabase(path);
    try {
      const c = db.connection;
      expect(db.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect((await c.get<{ application_id: number }>('PRAGMA application_id'))?.application_id).toBe(FACTDESK_APPLICATION_ID);
      expect((await c.get<{ user_version: number }>('PRAGMA user_version'))?.user_version).toBe(LATEST_SCHEMA_VERSION);
      expect(await c.all('SELECT version, name FROM schema_migration')).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      expect((await c.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))?.foreign_keys).toBe(1);
      expect((await c.get<{ trusted_schema: number }>('PRAGMA trusted_schema'))?.trusted_schema).toBe(0);
      expect((await c.get<{ timeout: number }>('PRAGMA busy_timeout'))?.timeout).toBeGreaterThan(0);
      const verdicts = await c.all<{ label: string; rating_value: number | null }>(
        'SELECT label, rating_value FROM verdict ORDER BY sort_order',
      );
      expect(verdicts).toEqual([
        { label: 'True', rating_value: 5 },
        { label: 'Mostly true', rating_value: 4 },
        { label: 'Half true', rating_value: 3 },
        { label: 'Mostly false', rating_value: 2 },
        { label: 'False', rating_value: 1 },
        { label: 'Unverifiable', rating_value: null },
      ]);
      expect(schemaDifferences(await readSchema(c), await expectedSchema(LATEST_SCHEMA_VERSION))).toEqual([]);
      expect(db.migration).toBeNull();
    } finally {
      await db.connection.close();
    }
  });

  it('reopens an existing file without migrating or backing it up again', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir);
    const db = await openDatabase(path, { location: 'network' });
    expect(db.migration).toBeNull();
    expect(await db.connection.all('SELECT version FROM schema_migration')).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
    await db.connection.close();
    expect([...snapshotDir(dir).keys()]).toEqual(['team.db']);
  });

  it('does not create a missing file when asked not to', async () => {
    const path = join(tempDir(), 'missing.db');
    await expect(openDatabase(path, { create: false })).rejects.toMatchObject({ code: 'not_found' });
    expect(() => statSync(path)).toThrow();
  });

  it('uses WAL on a local disk and a rollback journal on a network share or synced folder', async () => {
    const dir = tempDir();
    const local = await openDatabase(join(dir, 'local.db'), { location: 'local' });
    expect(local.journalMode).toBe('wal');
    expect(local.location.warning).toBeNull();
    await local.connection.close();
    const shared = await openDatabase(join(dir, 'shared.db'), { location: 'network' });
    expect(shared.journalMode).toBe('delete');
    expect(shared.location.warning).toMatch(/network/);
    await shared.connection.close();
    const synced = await openDatabase(join(dir, 'synced.db'), { location: 'synced' });
    expect(synced.journalMode).toBe('delete');
    expect(synced.location.warning).toMatch(/one person at a time/);
    await synced.connection.close();
  });

  it('switches a WAL file to a rollback journal when it is next opened alone on a network location', async () => {
    const dir = tempDir();
    const path = join(dir, 'moved.db');
    const local = await openDatabase(path, { location: 'local' });
    await local.connection.close();
    expect(readFileSync(path)[18], 'file format read version: 2 is WAL').toBe(2);

    const onShare = await openDatabase(path, { location: 'network' });
    expect(onShare.journalMode).toBe('delete');
    expect(onShare.location.warning).not.toMatch(/still in WAL mode/);
    expect(await onShare.connection.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'delete' });
    await onShare.connection.close();
    // The file itself says rollback journal now, and nothing WAL is left beside it.
    expect(readFileSync(path)[18]).toBe(1);
    expect([...snapshotDir(dir).keys()]).toEqual(['moved.db']);
  });

  it('says so when another open copy keeps the file in WAL mode on a network location', async () => {
    const path = join(tempDir(), 'kept.db');
    const first = await openDatabase(path, { location: 'local' });
    try {
      const second = await openDatabase(path, { location: 'network' });
      expect(second.journalMode).toBe('wal');
      expect(second.location.warning).toMatch(/still in WAL mode because another copy/);
      await second.connection.close();
    } finally {
      await first.connection.close();
    }
  });
});

describe('refusing files', () => {
  it('refuses a file that is not SQLite', async () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(20));
    await expectRefused(path, /not a SQLite database/);
  });

  it('refuses a SQLite database that belongs to another program', async () => {
    const path = join(tempDir(), 'other.db');
    const raw = await openConnection(path, { create: true });
    await raw.exec('CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES (\'Ada\', \'123\');');
    await raw.close();
    await expectRefused(path, /not a Factdesk one/);
  });

  it('refuses a SQLite database with a foreign application id even when it is empty', async () => {
    const path = join(tempDir(), 'foreign-id.db');
    const raw = await openConnection(path, { create: true });
    await raw.exec('PRAGMA application_id = 1234; CREATE TABLE t (x)');
    await raw.close();
    await expectRefused(path, /application id 1234/);
  });

  it('refuses a database written by a newer Factdesk', async () => {
    const path = await createFactdeskFile(tempDir());
    await tamper(path, `PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await expectRefused(path, /newer Factdesk/);
  });

  it('refuses a file with damaged pages', async () => {
    const path = await createFactdeskFile(tempDir());
    await damageMiddlePage(path);
    await expectRefused(path, /damaged/);
  });

  it('refuses a file whose damage only PRAGMA quick_check finds (a page nothing owns)', async () => {
    const path = await createFactdeskFile(tempDir());
    const page = await leakPage(path);
    const refusal = await expectRefused(path, /damaged \(SQLite's quick check: /);
    expect(refusal.details).toMatchObject({ problems: [`Page ${page}: never used`] });
  });

  it('refuses a database with a trigger Factdesk did not create', async () => {
    const path = await createFactdeskFile(tempDir());
    await tamper(path, 'CREATE TRIGGER wipe_sources AFTER INSERT ON claim BEGIN DELETE FROM source; END;');
    const refusal = await expectRefused(path, /structure differs/);
    expect(refusal.message).toContain('unexpected trigger "wipe_sources"');
  });

  it('refuses a database with a view Factdesk did not create', async () => {
    const path = await createFactdeskFile(tempDir());
    await tamper(path, 'CREATE VIEW everything AS SELECT * FROM article;');
    await expectRefused(path, /unexpected view "everything"/);
  });

  it('refuses a database whose table definitions were altered', async () => {
    const path = await createFactdeskFile(tempDir());
    await tamper(path, 'ALTER TABLE claim ADD COLUMN secret TEXT;');
    await expectRefused(path, /altered table "claim"/);
  });

  it('refuses a database from which one of our triggers was removed', async () => {
    const path = await createFactdeskFile(tempDir());
    await tamper(path, 'DROP TRIGGER change_log_no_delete;');
    await expectRefused(path, /missing trigger "change_log_no_delete"/);
  });

  it('adopts an empty SQLite file, since there is nothing in it to lose', async () => {
    const dir = tempDir();
    const path = join(dir, 'empty.db');
    writeFileSync(path, '');
    const db = await openDatabase(path);
    expect(db.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await db.connection.close();
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
