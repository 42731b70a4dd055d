// Hostile and damaged database files for the refusal tests, made the way another program would
// (plain SQLite, not through Factdesk's open checks).
import { join } from 'node:path';
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
