// The schema read from a file's bytes must be the schema SQLite sees, or the tamper check could be
// fooled: compared with SQLite's own answer on real files, including a schema that lives only in
// the WAL, records that spill onto overflow pages, a multi-level schema b-tree and UTF-16 text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileFormatError, readDatabaseFile } from '../../../main/core/store/file-format';
import { FACTDESK_APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../../../main/core/store/migrations';
import { readSchema } from '../../../main/core/store/migrate';
import { openConnection, type Connection } from '../../../main/core/store/sqlite';
import { createFactdeskFile } from './planted';
import { removeTempDirs, tempDir } from './temp';

afterEach(removeTempDirs);

const byName = (objects: Array<{ type: string; name: string; tbl_name: string; sql: string | null }>) =>
  objects.map(({ type, name, tbl_name, sql }) => ({ type, name, tbl_name, sql })).sort((a, b) => `${a.type}${a.name}`.localeCompare(`${b.type}${b.name}`));

async function sqliteView(db: Connection) {
  return byName(await readSchema(db));
}

describe('reading the schema from the bytes', () => {
  it('matches SQLite on a Factdesk database, with its identity', async () => {
    const path = await createFactdeskFile(tempDir());
    const raw = readDatabaseFile(path);
    expect(raw.header).toMatchObject({ applicationId: FACTDESK_APPLICATION_ID, userVersion: LATEST_SCHEMA_VERSION, writeVersion: 2 });
    const db = await openConnection(path, { readOnly: true });
    expect(byName(raw.schema)).toEqual(await sqliteView(db));
    await db.close();
  });

  it('sees a schema change that so far lives only in the WAL, and not an uncommitted one', async () => {
    const path = await createFactdeskFile(tempDir());
    const writer = await openConnection(path);
    try {
      await writer.exec('PRAGMA wal_autocheckpoint = 0; CREATE TABLE only_in_wal (x);');
      expect(byName(readDatabaseFile(path).schema)).toEqual(await sqliteView(writer));
      expect(readDatabaseFile(path).schema.map((o) => o.name)).toContain('only_in_wal');
      await writer.exec('BEGIN; CREATE TABLE not_committed (y);');
      expect(readDatabaseFile(path).schema.map((o) => o.name)).not.toContain('not_committed');
      await writer.exec('ROLLBACK');
    } finally {
      await writer.close();
    }
  });

  it('follows overflow pages and interior pages of a large schema, and UTF-16 text', async () => {
    for (const encoding of ['UTF-8', 'UTF-16le', 'UTF-16be']) {
      const path = join(tempDir(), `big-${encoding}.db`);
      const db = await openConnection(path, { create: true });
      const long = Array.from({ length: 600 }, (_, i) => `column_${i} TEXT`).join(', ');
      const tables = Array.from({ length: 300 }, (_, i) => `CREATE TABLE t${i} (a, b, "é${i}" TEXT);`).join('\n');
      await db.exec(`PRAGMA encoding = '${encoding}'; BEGIN; CREATE TABLE wide (${long}); ${tables} COMMIT;`);
      expect(byName(readDatabaseFile(path).schema)).toEqual(await sqliteView(db));
      await db.close();
    }
  });

  it('calls a file whose schema page is garbage malformed instead of guessing', () => {
    const path = join(tempDir(), 'garbage.db');
    const page = Buffer.alloc(4096, 0x41);
    Buffer.from('SQLite format 3\0', 'latin1').copy(page, 0);
    page.writeUInt16BE(4096, 16);
    page[20] = 0;
    writeFileSync(path, page);
    expect(() => readDatabaseFile(path)).toThrow(FileFormatError);
  });
});
