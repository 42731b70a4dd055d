// Everything Factdesk learns about a file before it writes a byte to it: what it is, whose it is,
// which schema version, whether its structure is exactly ours, whether it is intact. Refusals
// leave the folder as it was: the identity and structure come from the file's bytes (so SQLite
// never loads a hostile schema, issue 10.7), and the one SQLite connection opened for the
// integrity check reads a WAL-mode file as immutable, so no -wal or -shm appears beside it.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { FactdeskError } from '@common/domain/errors';
import { FileFormatError, readDatabaseFile, type RawDatabase } from './file-format';
import { expectedSchema, readSchema, schemaDifferences, statisticsTables, type SchemaObject } from './migrate';
import { FACTDESK_APPLICATION_ID, type Migration } from './migrations';
import { checkCreatable, fileSystemRefusal, hasDatabaseExtension } from './paths';
import { openConnection, sqliteErrorCode, type Connection, type ConnectionOptions } from './sqlite';
import { isSearchIndexError } from './storage-errors';

export interface Inspection {
  /** No Factdesk schema yet: a new, zero-length or schema-less SQLite file. */
  empty: boolean;
  version: number;
  /** The full-text search index failed SQLite's check; everything else passed (it can be rebuilt). */
  searchIndexDamaged: boolean;
  /** quick_check was left to run in the background (integrity.ts); every other check passed. */
  checkDeferred?: boolean;
}

export interface InspectOptions {
  create: boolean;
  /** Whether Factdesk may write the file (and so finish an interrupted save before reading). */
  writable: boolean;
  connectionOptions: ConnectionOptions;
  migrations: readonly Migration[];
  /**
   * Leave quick_check to the background when opening writes nothing before it could finish: the
   * file is at the latest schema (no migration) and already in the journal mode the location asks
   * for (no header change). Otherwise it runs here, before anything is written.
   */
  deferQuickCheck?: { journalMode: string };
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const EMPTY: Inspection = { empty: true, version: 0, searchIndexDamaged: false };

export function refused(path: string, reason: string, details: Record<string, unknown> = {}): FactdeskError {
  return new FactdeskError('refused_file', `Factdesk will not open "${path}": ${reason}`, { path, ...details });
}

export async function inspectFile(path: string, options: InspectOptions): Promise<Inspection> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw refused(path, 'it is a folder, not a file.');
    if (!stat.isFile()) throw refused(path, 'it is not a regular file.');
    size = stat.size;
  } catch (e) {
    if (e instanceof FactdeskError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemRefusal(path, e);
    if (!options.create) throw new FactdeskError('not_found', `There is no database at "${path}".`, { path });
    checkCreatable(path);
    return EMPTY;
  }
  if (size === 0) {
    // SQLite would silently make any empty file a database; only one named as ours may become one
    // (a project's empty __init__.py must stay what it is).
    if (!hasDatabaseExtension(path)) {
      throw refused(
        path,
        'it is an empty file, not a database. Factdesk makes a new database in an empty file only when its name ends in .factdesk or .db; choose such a name for a new database.',
      );
    }
    return EMPTY;
  }
  if (size < 100 || !readHeader(path).subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw refused(path, 'it is not a SQLite database (the file does not start with the SQLite header).');
  }
  await finishInterruptedSave(path, options);

  const raw = await readRaw(path);
  const identity = await judgeIdentity(path, raw.header.applicationId, raw.header.userVersion, raw.schema, options.migrations);
  if (identity.empty) return EMPTY;
  try {
    return await inspectWithSqlite(path, raw, options);
  } catch (e) {
    throw driverRefusal(path, e);
  }
}

/**
 * A -journal beside a rollback-mode file may be hot: a writer crashed mid-save and the file holds
 * half of it. SQLite rolls it back on the first read by a connection that may write; do that
 * (only for a file that says it is ours) so the bytes read next are whole. `PRAGMA user_version`
 * takes the read lock without loading the schema.
 */
async function finishInterruptedSave(path: string, options: InspectOptions): Promise<void> {
  if (!nonEmpty(`${path}-journal`) || readHeader(path).readUInt32BE(68) !== FACTDESK_APPLICATION_ID) return;
  if (!options.writable) {
    throw refused(
      path,
      'a save to it was interrupted (its -journal file is still there), and finishing that needs write access, which this file or its folder does not give. Nothing was lost: open it where you can write, and Factdesk completes the recovery.',
    );
  }
  const recovery = await openConnection(path, { ...options.connectionOptions, create: false });
  try {
    await recovery.get('PRAGMA user_version');
  } finally {
    await recovery.close();
  }
}

/** The raw schema; a torn read (another copy committing in rollback mode) is read again. */
async function readRaw(path: string): Promise<RawDatabase> {
  for (let attempt = 0; ; attempt++) {
    try {
      return readDatabaseFile(path);
    } catch (e) {
      if (!(e instanceof FileFormatError)) throw fileSystemRefusal(path, e);
      if (attempt >= 2) throw refused(path, `it is damaged (${e.message}).`);
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

/** Whose file this is and which schema it has: the same rules for the raw bytes and for SQLite's view. */
async function judgeIdentity(
  path: string,
  applicationId: number,
  version: number,
  schema: SchemaObject[],
  migrations: readonly Migration[],
): Promise<{ empty: boolean }> {
  const latest = migrations.length;
  if (applicationId !== FACTDESK_APPLICATION_ID) {
    if (applicationId === 0 && version === 0 && schema.length === 0) return { empty: true };
    throw refused(path, `it is a SQLite database, but not a Factdesk one (application id ${applicationId}).`, { applicationId });
  }
  if (version > latest) {
    throw refused(
      path,
      `it was written by a newer Factdesk (schema ${version}; this version knows up to ${latest}). Update Factdesk to open it.`,
      { schemaVersion: version },
    );
  }
  if (version < 1) throw refused(path, 'its Factdesk schema version is missing.');
  const differences = schemaDifferences(schema, await expectedSchema(version, migrations));
  if (differences.length > 0) {
    throw refused(
      path,
      `its structure differs from what Factdesk creates (${differences.slice(0, 5).join(', ')}). It may have been tampered with.`,
      { differences },
    );
  }
  return { empty: false };
}

/**
 * The checks only SQLite can make: integrity, the migration records, the size of statistics. A
 * WAL-mode file nobody has open (no -wal, no -shm) is read as immutable: SQLite then creates no
 * -wal or -shm beside it, and with no -wal its main file is all there is to read.
 */
async function inspectWithSqlite(path: string, raw: RawDatabase, options: InspectOptions): Promise<Inspection> {
  const immutable = raw.header.writeVersion === 2 && !existsSync(`${path}-wal`) && !existsSync(`${path}-shm`);
  const readOnly = await openConnection(path, { ...options.connectionOptions, readOnly: true, immutable });
  try {
    await readOnly.exec('PRAGMA trusted_schema = OFF');
    // Read again through SQLite: the file may have changed since its bytes were read.
    const appId = (await readOnly.get<{ application_id: number }>('PRAGMA application_id'))?.application_id ?? 0;
    const version = (await readOnly.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
    const schema = await readSchema(readOnly);
    if ((await judgeIdentity(path, appId, version, schema, options.migrations)).empty) return EMPTY;

    const defer =
      options.deferQuickCheck !== undefined &&
      options.writable &&
      version === options.migrations.length &&
      (raw.header.writeVersion === 2) === (options.deferQuickCheck.journalMode === 'wal');
    const searchIndexDamaged = defer ? false : await checkIntegrity(path, readOnly, schema);
    const recorded = await readOnly.all<{ version: number; name: string }>('SELECT version, name FROM schema_migration ORDER BY version');
    const expected = options.migrations.filter((m) => m.version <= version).map((m) => `${m.version}:${m.name}`);
    if (recorded.map((r) => `${r.version}:${r.name}`).join(',') !== expected.join(',')) {
      throw refused(path, 'its record of applied migrations does not match its schema version.');
    }
    await checkStatisticsSize(path, readOnly, schema);
    return { empty: false, version, searchIndexDamaged, checkDeferred: defer };
  } finally {
    await readOnly.close().catch(() => undefined);
  }
}

/** True when only the search index is damaged (it is rebuilt from the tables); refuses any other damage. */
export async function checkIntegrity(path: string, db: Connection, schema: SchemaObject[]): Promise<boolean> {
  try {
    const problems = quickCheckProblems(await db.all<{ quick_check: string }>('PRAGMA quick_check'));
    if (problems.length > 0) throw damaged(path, problems);
    return false;
  } catch (e) {
    if (!isSearchIndexError(e)) throw e;
  }
  // FTS5's own check failed and stopped the whole pragma: check every ordinary table on its own
  // (the index's shadow tables included), so damage elsewhere is still found.
  const tables = schema.filter((o) => o.type === 'table' && !/^CREATE VIRTUAL TABLE/i.test(o.sql ?? '') && !o.name.startsWith('sqlite_'));
  for (const table of tables) {
    const escaped = table.name.replace(/"/g, '""');
    const problems = quickCheckProblems(await db.all<{ quick_check: string }>(`PRAGMA quick_check("${escaped}")`));
    if (problems.length > 0) throw damaged(path, problems);
  }
  return true;
}

function quickCheckProblems(rows: Array<{ quick_check: string }>): string[] {
  // SQLite's report spans lines ("*** in database main ***\nTree 25 page 25: …"); the message is one sentence.
  return rows.map((r) => r.quick_check.replace('*** in database main ***', '').replace(/\s+/g, ' ').trim()).filter((m) => m !== 'ok');
}

function damaged(path: string, problems: string[]): FactdeskError {
  return refused(path, `it is damaged (SQLite's quick check: ${problems.slice(0, 3).join('; ')}).`, { problems });
}

/**
 * ANALYZE writes one sqlite_stat1 row per table or index (sqlite_stat4: a few samples per index);
 * far more rows than that were not made by ANALYZE, and SQLite reads them all at every open.
 */
async function checkStatisticsSize(path: string, db: Connection, schema: SchemaObject[]): Promise<void> {
  const objects = schema.filter((o) => (o.type === 'table' || o.type === 'index') && !o.name.startsWith('sqlite_stat')).length;
  for (const table of statisticsTables(schema)) {
    const limit = table === 'sqlite_stat1' ? objects : objects * 64;
    const rows = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
    if (rows > limit) {
      throw refused(
        path,
        `its statistics table ${table} holds ${rows} rows, more than SQLite's ANALYZE makes for this database (at most ${limit}). It may have been tampered with.`,
        { table, rows },
      );
    }
  }
}

function nonEmpty(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}

export function readHeader(path: string): Buffer {
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fileSystemRefusal(path, e);
  }
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

/** Driver errors while inspecting mean the file is unreadable to SQLite: a refusal, not a crash. */
export function driverRefusal(path: string, e: unknown): unknown {
  if (e instanceof FactdeskError) return e;
  const code = sqliteErrorCode(e);
  const detail = e instanceof Error ? e.message.replace(/^SQLITE_\w+: /, '') : String(e);
  if (code === 'SQLITE_NOTADB') return refused(path, 'it is not a SQLite database.');
  if (code === 'SQLITE_CORRUPT') return refused(path, `it is damaged (SQLite: ${detail}).`);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_READONLY' || code === 'SQLITE_IOERR') {
    return refused(
      path,
      `SQLite could not read it (${detail}). Nothing was changed. Check that the file and its folder can be read, or copy the file to a folder of yours and open the copy.`,
    );
  }
  return e;
}
