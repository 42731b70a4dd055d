// Applies the numbered migrations and knows the exact schema each version should have, so a file
// whose tables, indexes, triggers or views differ from what Factdesk creates can be refused.
import { FACTDESK_APPLICATION_ID, MIGRATIONS, type Migration } from './migrations';
import { openConnection, type SqlExecutor } from './sqlite';

/** Brings the database from `fromVersion` to the latest; run inside a BEGIN IMMEDIATE transaction. */
export async function applyMigrations(
  tx: SqlExecutor,
  fromVersion: number,
  appliedAt: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (const migration of migrations) {
    if (migration.version <= fromVersion) continue;
    await tx.exec(migration.sql);
    await tx.run('INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)', [
      migration.version,
      migration.name,
      appliedAt,
    ]);
  }
  // Both live in the file header and are transactional: they change only if the COMMIT does.
  await tx.exec(`PRAGMA application_id = ${FACTDESK_APPLICATION_ID}; PRAGMA user_version = ${migrations.length};`);
}

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export async function readSchema(db: SqlExecutor): Promise<SchemaObject[]> {
  return db.all<SchemaObject>('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name');
}

/**
 * The statistics tables ANALYZE (or PRAGMA optimize) creates, exactly as SQLite writes them; stat2
 * and stat3 come from older SQLite versions. A user's ANALYZE is harmless, but SQLite reads
 * sqlite_stat1 (and stat4) while loading the schema, so any other definition is refused: a planted
 * generated column would run at every open (issue 10.7).
 */
const STATISTICS_TABLES: Readonly<Record<string, string>> = {
  sqlite_stat1: 'CREATE TABLE sqlite_stat1(tbl,idx,stat)',
  sqlite_stat2: 'CREATE TABLE sqlite_stat2(tbl,idx,sampleno,sample)',
  sqlite_stat3: 'CREATE TABLE sqlite_stat3(tbl,idx,neq,nlt,ndlt,sample)',
  sqlite_stat4: 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)',
};

function isStatisticsTable(o: SchemaObject): boolean {
  return o.type === 'table' && Object.prototype.hasOwnProperty.call(STATISTICS_TABLES, o.name);
}

/** The statistics tables present in a schema (each already checked by schemaDifferences). */
export function statisticsTables(schema: readonly SchemaObject[]): string[] {
  return schema.filter(isStatisticsTable).map((o) => o.name);
}

const expectedByList = new WeakMap<readonly Migration[], Map<number, Promise<SchemaObject[]>>>();

/** The schema of a fresh database after migrations 1..version, built once per process in memory. */
export function expectedSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): Promise<SchemaObject[]> {
  let expectedByVersion = expectedByList.get(migrations);
  if (!expectedByVersion) {
    expectedByVersion = new Map();
    expectedByList.set(migrations, expectedByVersion);
  }
  let cached = expectedByVersion.get(version);
  if (!cached) {
    cached = (async () => {
      const memory = await openConnection(':memory:', { create: true });
      try {
        return await memory.write(async (tx) => {
          for (const migration of migrations) {
            if (migration.version <= version) await tx.exec(migration.sql);
          }
          return readSchema(tx);
        });
      } finally {
        await memory.close();
      }
    })();
    expectedByVersion.set(version, cached);
  }
  return cached;
}

/** Human-readable differences between a file's schema and Factdesk's, empty when identical. */
export function schemaDifferences(actual: readonly SchemaObject[], expected: readonly SchemaObject[]): string[] {
  const key = (o: SchemaObject): string => `${o.type} "${o.name}"`;
  const expectedByKey = new Map(expected.map((o) => [key(o), o]));
  const actualKeys = new Set<string>();
  const problems: string[] = [];
  for (const o of actual) {
    if (isStatisticsTable(o)) {
      if (o.sql !== STATISTICS_TABLES[o.name] || o.tbl_name !== o.name) problems.push(`altered ${key(o)}`);
      continue;
    }
    actualKeys.add(key(o));
    const mine = expectedByKey.get(key(o));
    if (!mine) problems.push(`unexpected ${key(o)}`);
    else if (mine.sql !== o.sql || mine.tbl_name !== o.tbl_name) problems.push(`altered ${key(o)}`);
  }
  for (const o of expected) if (!actualKeys.has(key(o))) problems.push(`missing ${key(o)}`);
  return problems;
}
