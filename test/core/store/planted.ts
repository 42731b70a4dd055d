// Hostile and damaged database files for the refusal tests, made the way another program would
// (plain SQLite, not through Factdesk's open checks).
import { appendFileSync, closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FactdeskError } from '@common/domain/errors';
import { openDatabase } from '../../../main/core/store/open';
import { openConnection } from '../../../main/core/store/sqlite';

/** A Factdesk database; 'local' leaves it in WAL mode (-wal and -shm appear while it is open). */
export async function createFactdeskFile(dir: string, name = 'team.db', location: 'local' | 'network' = 'local'): Promise<string> {
  const path = join(dir, name);
  const db = await openDatabase(path, { location });
  await db.connection.close();
  return path;
}

/** Runs raw SQL on a file the way another program would. */
export async function tamper(path: string, sql: string): Promise<void> {
  const raw = await openConnection(path);
  try {
    await raw.exec(sql);
  } finally {
    await raw.close();
  }
}

/**
 * Plants a sqlite_stat1 whose `stat` column is generated: SQLite reads that table while loading
 * the schema, so the expression runs on every row at open. SQLite refuses to CREATE a table with
 * that name, so it is created under another name and renamed in sqlite_schema.
 */
export async function plantStat1(path: string, statExpression: string, rows: number): Promise<void> {
  await tamper(
    path,
    `CREATE TABLE planted_stat(tbl, idx, seed, stat AS (${statExpression}));
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
     INSERT INTO planted_stat (tbl, idx, seed) SELECT 'article', 'article_imported_at', i FROM n;
     PRAGMA writable_schema = ON;
     UPDATE sqlite_schema SET name = 'sqlite_stat1', tbl_name = 'sqlite_stat1',
       sql = replace(sql, 'planted_stat', 'sqlite_stat1') WHERE name = 'planted_stat';
     PRAGMA writable_schema = OFF;`,
  );
}

/** Fills the article table over many pages, then overwrites one in the middle, as a failing disk would. */
export async function damageMiddlePage(path: string): Promise<void> {
  await tamper(
    path,
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
     INSERT INTO article (title, text, content_hash, format, imported_at)
     SELECT 'Article ' || i, printf('%.*c', 2000, 'x') || i, printf('%064d', i), 'text', '2024-01-01' FROM n;`,
  );
  const pageSize = 4096;
  const pages = statSync(path).size / pageSize;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, Math.floor(pages / 2) * pageSize);
  closeSync(fd);
}

/**
 * Adds a page that no table, index or freelist owns, and counts it in the header, as a torn
 * write or a buggy copy would. Every page a query reads is intact and the schema unchanged, so
 * reading finds nothing wrong: only PRAGMA quick_check ("Page N: never used") reports it.
 */
export async function leakPage(path: string): Promise<number> {
  const pageSize = 4096;
  const leaked = statSync(path).size / pageSize + 1;
  appendFileSync(path, Buffer.alloc(pageSize));
  const count = Buffer.alloc(4);
  count.writeUInt32BE(leaked);
  const fd = openSync(path, 'r+');
  writeSync(fd, count, 0, 4, 28); // the header's "database size in pages"
  closeSync(fd);
  return leaked;
}

/** Opens `path` and returns the FactdeskError it was refused with (failing the test if it opened). */
export async function openingError(path: string, create = true): Promise<FactdeskError> {
  const error = await openDatabase(path, { create }).then(
    async (db) => {
      await db.connection.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FactdeskError);
  return error as FactdeskError;
}
