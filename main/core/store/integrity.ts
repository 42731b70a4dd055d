// PRAGMA quick_check in the background (issue 16): it reads every page of the file (3 s for
// 100,000 articles), so waiting for it kept the list from showing. It now runs on a read-only
// connection of its own while the person reads; every write (and anything that could write) waits
// for it, and if it finds damage the file is closed with the same refusal an opening would give:
// no write ever reaches a damaged file.
import { FactdeskError } from '@common/domain/errors';
import { checkIntegrity, driverRefusal } from './inspect';
import { readSchema } from './migrate';
import { openConnection, type Connection, type ConnectionOptions, type RunResult, type SqlExecutor, type SqlParams } from './sqlite';

export interface IntegrityResult {
  /** Only the full-text search index failed the check (it is rebuilt from the tables). */
  searchIndexDamaged: boolean;
}

export interface BackgroundCheck {
  done: Promise<IntegrityResult>;
  /** Stops a check still running (the file is being closed). */
  stop(): Promise<void>;
}

const STOPPED = new FactdeskError('internal', 'The database was closed before its integrity check finished.');

/** Starts quick_check on its own read-only connection; the file's own connection is already open. */
export function startIntegrityCheck(path: string, options: ConnectionOptions): BackgroundCheck {
  let connection: Connection | null = null;
  let stopped = false;
  const done = (async (): Promise<IntegrityResult> => {
    try {
      connection = await openConnection(path, { ...options, readOnly: true });
      if (stopped) throw STOPPED;
      await connection.exec('PRAGMA trusted_schema = OFF');
      const searchIndexDamaged = await checkIntegrity(path, connection, await readSchema(connection));
      return { searchIndexDamaged };
    } catch (e) {
      throw stopped ? STOPPED : driverRefusal(path, e);
    } finally {
      await connection?.close().catch(() => undefined);
    }
  })();
  done.catch(() => undefined); // awaited by the gate; never an unhandled rejection
  return {
    done,
    async stop() {
      stopped = true;
      connection?.interrupt();
      await done.catch(() => undefined);
    },
  };
}

/**
 * The file's connection with its writes held until `verified` settles: reads go through at once;
 * `write`, `run`, `exec` and backups wait, then run, or reject with the refusal. Once the check has
 * failed the connection is closed and every call, reads included, gets the refusal.
 */
export function holdWritesUntilVerified(connection: Connection, verified: Promise<void>, check: BackgroundCheck): Connection {
  let failure: unknown = null;
  const closing = verified.then(
    () => undefined,
    async (e: unknown) => {
      failure = e;
      await connection.close().catch(() => undefined);
    },
  );
  const afterCheck = async <T>(work: () => Promise<T>): Promise<T> => {
    await closing;
    if (failure !== null) throw failure;
    return work();
  };
  const reading = <T>(work: () => Promise<T>): Promise<T> => (failure !== null ? Promise.reject(failure) : work());
  return {
    path: connection.path,
    readOnly: connection.readOnly,
    get: <T>(sql: string, params?: SqlParams) => reading(() => connection.get<T>(sql, params)),
    all: <T>(sql: string, params?: SqlParams) => reading(() => connection.all<T>(sql, params)),
    read: <T>(fn: (tx: SqlExecutor) => Promise<T>) => reading(() => connection.read(fn)),
    run: (sql: string, params?: SqlParams): Promise<RunResult> => afterCheck(() => connection.run(sql, params)),
    exec: (sql: string) => afterCheck(() => connection.exec(sql)),
    write: <T>(fn: (tx: SqlExecutor) => Promise<T>) => afterCheck(() => connection.write(fn)),
    backupTo: (destPath: string) => afterCheck(() => connection.backupTo(destPath)),
    interrupt: () => connection.interrupt(),
    async close() {
      await check.stop();
      await closing;
      await connection.close();
    },
  };
}
