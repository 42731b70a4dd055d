// "Another reviewer is saving, retrying…": what this copy knows about waiting for the shared
// file's lock. The store reports each retry after SQLITE_BUSY; the wait ends when the database job
// that was retrying settles. Kept in memory so asking never queues behind the waiting save.
import type { SaveStatus } from '@common/contract';
import type { Connection, SqlExecutor, SqlParams } from '../store/sqlite';

export const WAITING_MESSAGE = 'Another reviewer is saving to this file; retrying…';

export class SaveStatusTracker {
  private attempt = 0;
  private since: Date | null = null;

  constructor(private readonly now: () => Date) {}

  /** Called by the store for each retry after SQLITE_BUSY. */
  retrying(attempt: number): void {
    this.since ??= this.now();
    this.attempt = attempt;
  }

  /** A database job finished (saved, refused or given up): whatever wait it had is over. */
  settled(): void {
    this.attempt = 0;
    this.since = null;
  }

  status(): SaveStatus {
    return this.since === null
      ? { waiting: false, attempt: 0, since: null, message: null }
      : { waiting: true, attempt: this.attempt, since: this.since.toISOString(), message: WAITING_MESSAGE };
  }
}

/**
 * The connection with every job reporting its end to the tracker. A connection runs one job at a
 * time, so a retry always belongs to the job running now, and the next job to settle is that one
 * (settling runs as a microtask, before the next job can meet SQLITE_BUSY on the disk).
 */
export function trackSettling(connection: Connection, tracker: SaveStatusTracker): Connection {
  const settle = <T>(job: Promise<T>): Promise<T> => job.finally(() => tracker.settled());
  return {
    get path() {
      return connection.path;
    },
    get readOnly() {
      return connection.readOnly;
    },
    run: (sql, params) => settle(connection.run(sql, params)),
    get<T>(sql: string, params?: SqlParams) {
      return settle(connection.get<T>(sql, params));
    },
    all<T>(sql: string, params?: SqlParams) {
      return settle(connection.all<T>(sql, params));
    },
    exec: (sql) => settle(connection.exec(sql)),
    read<T>(fn: (tx: SqlExecutor) => Promise<T>) {
      return settle(connection.read(fn));
    },
    write<T>(fn: (tx: SqlExecutor) => Promise<T>) {
      return settle(connection.write(fn));
    },
    backupTo: (destPath) => settle(connection.backupTo(destPath)),
    interrupt: () => connection.interrupt(),
    close: () => connection.close(),
  };
}
