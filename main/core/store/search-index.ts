// Rebuilding the full-text search indexes, which hold nothing of their own: they are FTS5
// external-content tables over article, claim and source, so a damaged one is recreated from
// those tables and nothing is lost.
import { expectedSchema } from './migrate';
import type { Migration } from './migrations';
import type { Connection } from './sqlite';

/** The FTS5 format version a new index records in its _config table (what SQLite 3.52 writes). */
export const FTS5_FORMAT_VERSION = 4;

/** The FTS5 tables of Factdesk's schema at `version`. */
export async function searchIndexTables(version: number, migrations: readonly Migration[]): Promise<string[]> {
  const schema = await expectedSchema(version, migrations);
  return schema.filter((o) => o.type === 'table' && /USING\s+fts5/i.test(o.sql ?? '')).map((o) => o.name);
}

/**
 * One write transaction: each index's settings back to a new index's (a damaged or foreign
 * version row makes FTS5 refuse even to rebuild), then FTS5's 'rebuild' from the content table.
 */
export async function rebuildSearchIndexes(connection: Connection, tables: readonly string[]): Promise<void> {
  await connection.write(async (tx) => {
    for (const table of tables) {
      const name = `"${table.replace(/"/g, '""')}"`;
      const config = `"${`${table}_config`.replace(/"/g, '""')}"`;
      await tx.exec(`DELETE FROM ${config}; INSERT INTO ${config} (k, v) VALUES ('version', ${FTS5_FORMAT_VERSION});`);
      await tx.exec(`INSERT INTO ${name} (${name}) VALUES ('rebuild');`);
    }
  });
}
