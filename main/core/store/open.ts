// Opening a database file: verify it read-only first (so a refused file is never written), then
// open it for writing with safe pragmas, pick the journal mode for where it lives, and migrate
// (after an online backup) when it comes from an older Factdesk.
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FactdeskError } from '../domain/errors';
import { detectLocation, type DatabaseLocation, type LocationKind } from './location';
import { applyMigrations, expectedSchema, readSchema, schemaDifferences } from './migrate';
import { FACTDESK_APPLICATION_ID, MIGRATIONS, type Migration } from './migrations';
import { checkCreatable, fileSystemRefusal, hasDatabaseExtension } from './paths';
import { isBusyError, openConnection, sqliteErrorCode, type Connection, type ConnectionOptions } from './sqlite';

export interface OpenOptions {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Override location detection (tests run both journal modes on a local disk). */
  location?: LocationKind;
  busyTimeoutMs?: number;
  busyRetries?: number;
  onBusyRetry?: (attempt: number) => void;
  /** Timestamp for migration records. */
  now?: () => Date;
  /** The app's migrations; tests pass a longer list to exercise an upgrade. */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  connection: Connection;
  path: string;
  location: DatabaseLocation;
  /** What SQLite reports after we asked for the mode the location calls for. */
  journalMode: string;
  schemaVersion: number;
  /** Set when an existing file was migrated: the schema it had and where the backup went. */
  migration: { fromVersion: number; backupPath: string } | null;
  /** Factdesk made this database now: a new file, or an empty one it was allowed to use. */
  created: boolean;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function refused(path: string, reason: string, details: Record<string, unknown> = {}): FactdeskError {
  return new FactdeskError('refused_file', `Factdesk will not open "${path}": ${reason}`, { path, ...details });
}

interface Inspection {
  /** No Factdesk schema yet: a new, zero-length or schema-less SQLite file. */
  empty: boolean;
  version: number;
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date());
  const connectionOptions: ConnectionOptions = {
    busyTimeoutMs: options.busyTimeoutMs,
    busyRetries: options.busyRetries,
    onBusyRetry: options.onBusyRetry,
  };
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const memory = path === ':memory:';
  const inspection = memory
    ? { empty: true, version: 0 }
    : await inspectFile(path, options.create ?? true, connectionOptions, migrations);

  const connection = await openConnection(path, { ...connectionOptions, create: true });
  try {
    await connection.exec('PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA synchronous = FULL;');
    await connection.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 2_000))}`);
    const detected = detectLocation(path, { override: options.location });
    const journalMode = await setJournalMode(connection, detected.journalMode);
    const location = journalMode === detected.journalMode ? detected : withModeMismatch(detected, journalMode);

    let migration: OpenedDatabase['migration'] = null;
    if (inspection.version < latest) {
      if (!inspection.empty) {
        const backupPath = backupPathFor(path, inspection.version, now());
        await connection.backupTo(backupPath);
        migration = { fromVersion: inspection.version, backupPath };
      }
      await connection.write(async (tx) => {
        // Re-read inside the write lock: another process may have migrated (or created) it meanwhile.
        const appId = (await tx.get<{ application_id: number }>('PRAGMA application_id'))?.application_id ?? 0;
        const version = (await tx.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
        if (version >= latest) return;
        if (appId !== FACTDESK_APPLICATION_ID && (await readSchema(tx)).length > 0) {
          throw refused(path, 'another program wrote a different database to this file while Factdesk was opening it.');
        }
        await applyMigrations(tx, appId === FACTDESK_APPLICATION_ID ? version : 0, now().toISOString(), migrations);
      });
    }
    return { connection, path, location, journalMode, schemaVersion: latest, migration, created: inspection.empty };
  } catch (e) {
    await connection.close().catch(() => undefined);
    throw e;
  }
}

async function setJournalMode(connection: Connection, wanted: string): Promise<string> {
  try {
    const row = await connection.get<{ journal_mode: string }>(`PRAGMA journal_mode = ${wanted}`);
    return row?.journal_mode ?? wanted;
  } catch (e) {
    // Changing away from WAL needs every other connection gone; keep what the file has.
    if (!isBusyError(e) && !(e instanceof FactdeskError && e.code === 'busy')) throw e;
    const row = await connection.get<{ journal_mode: string }>('PRAGMA journal_mode');
    return row?.journal_mode ?? 'unknown';
  }
}

/** The file kept another journal mode (another copy has it open): say so, since it changes the risk. */
function withModeMismatch(location: DatabaseLocation, actual: string): DatabaseLocation {
  const note =
    actual === 'wal'
      ? 'The file is still in WAL mode because another copy of Factdesk has it open. WAL works only when everyone is on the same computer: if others open this file over the network, ask everyone to close it so it can switch to a rollback journal.'
      : `The file is in "${actual}" journal mode instead of "${location.journalMode}" because another copy has it open; it will switch when everyone has closed it.`;
  return { ...location, warning: location.warning ? `${location.warning} ${note}` : note };
}

function backupPathFor(path: string, fromVersion: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${path}.schema-${fromVersion}-backup-${stamp}`;
}

/** Everything we can learn without writing a byte: header, identity, version, integrity, schema. */
async function inspectFile(
  path: string,
  create: boolean,
  connectionOptions: ConnectionOptions,
  migrations: readonly Migration[],
): Promise<Inspection> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw refused(path, 'it is a folder, not a file.');
    if (!stat.isFile()) throw refused(path, 'it is not a regular file.');
    size = stat.size;
  } catch (e) {
    if (e instanceof FactdeskError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemRefusal(path, e);
    if (!create) throw new FactdeskError('not_found', `There is no database at "${path}".`, { path });
    checkCreatable(path);
    return { empty: true, version: 0 };
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
    return { empty: true, version: 0 };
  }
  if (size < 100 || !readHeader(path).subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw refused(path, 'it is not a SQLite database (the file does not start with the SQLite header).');
  }

  try {
    return await inspectReadOnly(path, connectionOptions, migrations);
  } catch (e) {
    // SQLITE_READONLY while only reading: a hot journal left by a writer that crashed mid-save.
    // Rolling it back is SQLite's crash recovery, so do it, but only for a file that says it is ours.
    if (sqliteErrorCode(e) !== 'SQLITE_READONLY' || readHeader(path).readUInt32BE(68) !== FACTDESK_APPLICATION_ID) {
      throw driverRefusal(path, e);
    }
    await recoverHotJournal(path, connectionOptions);
    try {
      return await inspectReadOnly(path, connectionOptions, migrations);
    } catch (again) {
      throw driverRefusal(path, again);
    }
  }
}

/** A read-write connection's first read rolls back a hot journal; then it is closed again. */
async function recoverHotJournal(path: string, connectionOptions: ConnectionOptions): Promise<void> {
  const recovery = await openConnection(path, { ...connectionOptions, create: false });
  try {
    await recovery.get('SELECT count(*) AS n FROM sqlite_schema');
  } finally {
    await recovery.close();
  }
}

async function inspectReadOnly(
  path: string,
  connectionOptions: ConnectionOptions,
  migrations: readonly Migration[],
): Promise<Inspection> {
  const latest = migrations.length;
  const readOnly = await openConnection(path, { ...connectionOptions, readOnly: true });
  try {
    await readOnly.exec('PRAGMA trusted_schema = OFF');
    const appId = (await readOnly.get<{ application_id: number }>('PRAGMA application_id'))?.application_id ?? 0;
    const version = (await readOnly.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
    if (appId !== FACTDESK_APPLICATION_ID) {
      const objects = await readSchema(readOnly);
      if (appId === 0 && version === 0 && objects.length === 0) return { empty: true, version: 0 };
      throw refused(path, `it is a SQLite database, but not a Factdesk one (application id ${appId}).`, { applicationId: appId });
    }
    if (version > latest) {
      throw refused(
        path,
        `it was written by a newer Factdesk (schema ${version}; this version knows up to ${latest}). Update Factdesk to open it.`,
        { schemaVersion: version },
      );
    }
    if (version < 1) throw refused(path, 'its Factdesk schema version is missing.');

    const check = await readOnly.all<{ quick_check: string }>('PRAGMA quick_check');
    // SQLite's report spans lines ("*** in database main ***\nTree 25 page 25: …"); the message is one sentence.
    const problems = check
      .map((r) => r.quick_check.replace('*** in database main ***', '').replace(/\s+/g, ' ').trim())
      .filter((m) => m !== 'ok');
    if (problems.length > 0) {
      throw refused(path, `it is damaged (SQLite's quick check: ${problems.slice(0, 3).join('; ')}).`, { problems });
    }

    const differences = schemaDifferences(await readSchema(readOnly), await expectedSchema(version, migrations));
    if (differences.length > 0) {
      throw refused(
        path,
        `its structure differs from what Factdesk creates (${differences.slice(0, 5).join(', ')}). It may have been tampered with.`,
        { differences },
      );
    }
    const recorded = await readOnly.all<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migration ORDER BY version',
    );
    const expected = migrations.filter((m) => m.version <= version).map((m) => `${m.version}:${m.name}`);
    if (recorded.map((r) => `${r.version}:${r.name}`).join(',') !== expected.join(',')) {
      throw refused(path, 'its record of applied migrations does not match its schema version.');
    }
    return { empty: false, version };
  } finally {
    await readOnly.close().catch(() => undefined);
  }
}

function readHeader(path: string): Buffer {
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
function driverRefusal(path: string, e: unknown): unknown {
  if (e instanceof FactdeskError) return e;
  const code = sqliteErrorCode(e);
  if (code === 'SQLITE_NOTADB') return refused(path, 'it is not a SQLite database.');
  if (code === 'SQLITE_CORRUPT') return refused(path, `it is damaged (${(e as Error).message}).`);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_READONLY') {
    return new FactdeskError('refused_file', `Factdesk cannot read "${path}" (${basename(path)}): ${(e as Error).message}`, { path });
  }
  return e;
}
