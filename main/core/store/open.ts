// Opening a database file: verify it read-only first (so a refused file is never written), then
// open it for writing with safe pragmas, pick the journal mode for where it lives, and migrate
// (after an online backup) when it comes from an older Factdesk.
import { FactdeskError } from '@common/domain/errors';
import { existsSync } from 'node:fs';
import { inspectFile, readHeader, refused, type Inspection } from './inspect';
import { detectLocation, type DatabaseLocation, type LocationKind } from './location';
import { applyMigrations, readSchema } from './migrate';
import { FACTDESK_APPLICATION_ID, MIGRATIONS, type Migration } from './migrations';
import { writeAccess } from './paths';
import { rebuildSearchIndexes, searchIndexTables } from './search-index';
import { searchIndexNotice } from './storage-errors';
import { holdWritesUntilVerified, startIntegrityCheck } from './integrity';
import { isBusyError, openConnection, separateReads, type Connection, type ConnectionOptions } from './sqlite';

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
  /**
   * 'before' (default): quick_check runs before the file opens. 'background': the file opens for
   * reading at once and quick_check runs on its own connection while writes wait for it (see
   * integrity.ts); a file that needs a migration or a journal-mode change is still checked first.
   */
  integrityCheck?: 'before' | 'background';
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
  /** Set when the file (or its folder, disk or share) cannot be written: it is open read-only. */
  readOnly: { reason: string } | null;
  /** Something the person should know about this opening (a search index rebuilt), or null. */
  notice: string | null;
  /**
   * Settles when the integrity check has passed (at once unless it runs in the background);
   * rejects with the refusal when it found damage, and the file is then closed.
   */
  integrity: Promise<void>;
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
  const access = memory ? { writable: true, reason: null } : writeAccess(path);
  const deferQuickCheck =
    options.integrityCheck === 'background' && !memory ? { journalMode: detectLocation(path, { override: options.location }).journalMode } : undefined;
  const inspection: Inspection = memory
    ? { empty: true, version: 0, searchIndexDamaged: false }
    : await inspectFile(path, { create: options.create ?? true, writable: access.writable, connectionOptions, migrations, deferQuickCheck });

  if (!access.writable) return openReadOnly(path, access.reason, inspection, latest, connectionOptions, options.location);

  const connection = await openConnection(path, { ...connectionOptions, create: true, explainErrors: true });
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
    if (journalMode === 'wal') await separateReads(connection);
    const opened: OpenedDatabase = {
      connection,
      path,
      location,
      journalMode,
      schemaVersion: latest,
      migration,
      created: inspection.empty,
      readOnly: null,
      notice: null,
      integrity: Promise.resolve(),
    };
    const rebuildIndexes = async (): Promise<void> => {
      await rebuildSearchIndexes(connection, await searchIndexTables(latest, migrations));
      opened.notice = searchIndexNotice(false);
    };
    if (inspection.checkDeferred) return checkInBackground(opened, connectionOptions, rebuildIndexes);
    if (inspection.searchIndexDamaged) await rebuildIndexes();
    return opened;
  } catch (e) {
    await connection.close().catch(() => undefined);
    throw e;
  }
}

/**
 * A file Factdesk may not write (read-only mount or share, a CD, a file or folder without write
 * permission) is still shown and exported: opened read-only, every write refused with a sentence.
 * A WAL-mode file that nobody has open is read as immutable, since SQLite could not create its
 * -shm file there (and must not leave one where it can).
 */
async function openReadOnly(
  path: string,
  reason: string | null,
  inspection: Inspection,
  latest: number,
  connectionOptions: ConnectionOptions,
  locationOverride: LocationKind | undefined,
): Promise<OpenedDatabase> {
  const why = reason ?? 'The file cannot be written.';
  if (inspection.empty) {
    throw new FactdeskError('read_only', `No database was created at "${path}": ${why} Nothing was changed; choose a place you can write to.`, { path });
  }
  if (inspection.version < latest) {
    throw new FactdeskError(
      'read_only',
      `"${path}" was made by an older Factdesk and must be upgraded before this version can open it, which needs write access: ${why} Nothing was changed. Copy it to a folder you can write to and open the copy.`,
      { path, schemaVersion: inspection.version },
    );
  }
  const header = readHeader(path);
  const immutable = header[18] === 2 && !existsSync(`${path}-wal`) && !existsSync(`${path}-shm`);
  const connection = await openConnection(path, { ...connectionOptions, readOnly: true, immutable, readOnlyReason: why, explainErrors: true });
  try {
    await connection.exec('PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;');
    await connection.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(connectionOptions.busyTimeoutMs ?? 2_000))}`);
    const journalMode = (await connection.get<{ journal_mode: string }>('PRAGMA journal_mode'))?.journal_mode ?? 'unknown';
    const location = detectLocation(path, { override: locationOverride });
    const notice = inspection.searchIndexDamaged ? searchIndexNotice(true) : null;
    return {
      connection,
      path,
      location,
      journalMode,
      schemaVersion: latest,
      migration: null,
      created: false,
      readOnly: { reason: why },
      notice,
      integrity: Promise.resolve(),
    };
  } catch (e) {
    await connection.close().catch(() => undefined);
    throw e;
  }
}

/**
 * The file is open and readable; quick_check runs on its own connection, and the file's connection
 * holds every write until it passes. A damaged search index is rebuilt first (its rebuild is the
 * first write); any other damage closes the file with the refusal.
 */
function checkInBackground(opened: OpenedDatabase, options: ConnectionOptions, rebuildIndexes: () => Promise<void>): OpenedDatabase {
  const check = startIntegrityCheck(opened.path, options);
  const integrity = check.done.then(async ({ searchIndexDamaged }) => {
    if (searchIndexDamaged) await rebuildIndexes();
  });
  integrity.catch(() => undefined); // the refusal reaches callers through their calls and `integrity`
  opened.connection = holdWritesUntilVerified(opened.connection, integrity, check);
  opened.integrity = integrity;
  return opened;
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
