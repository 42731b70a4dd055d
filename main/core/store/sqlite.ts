// The only module that talks to the `sqlite3` driver. It gives the rest of the core promise-based
// statements, one FIFO queue per connection (so two async transactions can never interleave on
// it), `BEGIN IMMEDIATE` write transactions retried with backoff on SQLITE_BUSY, cached prepared
// statements, and the online backup API. Callers see only the driver-neutral types below.
import { AsyncLocalStorage } from 'node:async_hooks';
import { statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { FactdeskError } from '@common/domain/errors';
import { driverCode, explainStorageError, readOnlyError } from './storage-errors';

export type SqlValue = string | number | bigint | null | Uint8Array;
export type SqlParams = readonly SqlValue[];

export interface RunResult {
  changes: number;
  lastId: number;
}

/** Statements on a connection that is already inside one job (a transaction or a single call). */
export interface SqlExecutor {
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  /** First row or undefined; the statement always runs to completion, so no lock lingers. */
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Several statements without parameters (migrations, pragmas). */
  exec(sql: string): Promise<void>;
}

export interface ConnectionOptions {
  readOnly?: boolean;
  /**
   * Read-only, and the file cannot change while open (SQLite's immutable URI parameter): no locks,
   * no -wal or -shm files created. For inspecting a file nobody has open, and for read-only media.
   */
  immutable?: boolean;
  /** Why a read-only connection is read-only, for the sentence a refused write gets. */
  readOnlyReason?: string | null;
  /**
   * Turn a full disk, a file gone read-only or moved, a damaged index into FactdeskErrors with
   * sentences (the driver error as their cause). For the connection a person works through; the
   * open checks keep the driver's codes.
   */
  explainErrors?: boolean;
  /** Create the file when missing (ignored when readOnly). */
  create?: boolean;
  /** SQLite's own busy handler, per statement, before our retries start. */
  busyTimeoutMs?: number;
  /** How many times a transaction that met SQLITE_BUSY is retried before FactdeskError('busy'). */
  busyRetries?: number;
  /** Told about each retry, so a UI can say "another reviewer is saving, retrying…". */
  onBusyRetry?: (attempt: number) => void;
}

export interface Connection extends SqlExecutor {
  readonly path: string;
  readonly readOnly: boolean;
  /** A consistent snapshot for several reads (deferred transaction; never writes). */
  read<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * A write transaction: BEGIN IMMEDIATE, fn, COMMIT. On SQLITE_BUSY the whole transaction is
   * rolled back and fn runs again, so fn must do nothing outside the database.
   */
  write<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Copies the whole database to `destPath` with SQLite's online backup API. */
  backupTo(destPath: string): Promise<void>;
  /** Stops the statement running now (it fails with SQLITE_INTERRUPT): a long check at close. */
  interrupt(): void;
  close(): Promise<void>;
}

/** The SQLite result code (e.g. "SQLITE_BUSY") of a driver error, also one explained as a sentence. */
export function sqliteErrorCode(e: unknown): string | undefined {
  return driverCode(e);
}

export function isBusyError(e: unknown): boolean {
  const code = sqliteErrorCode(e);
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export const DEFAULT_BUSY_TIMEOUT_MS = 2_000;
export const DEFAULT_BUSY_RETRIES = 6;
const STATEMENT_CACHE_SIZE = 200;

/** What node-sqlite3's Backup object offers (the package's typings omit it). */
interface DriverBackup {
  step(pages: number, callback: (err: Error | null) => void): void;
  finish(callback: (err: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}
type DatabaseWithBackup = sqlite3.Database & {
  backup(filename: string, callback: (err: Error | null) => void): DriverBackup;
};

export function openConnection(path: string, options: ConnectionOptions = {}): Promise<Connection> {
  const immutable = (options.immutable ?? false) && path !== ':memory:';
  const readOnly = (options.readOnly ?? false) || immutable;
  const mode = readOnly
    ? sqlite3.OPEN_READONLY | sqlite3.OPEN_FULLMUTEX | (immutable ? sqlite3.OPEN_URI : 0)
    : sqlite3.OPEN_READWRITE | sqlite3.OPEN_FULLMUTEX | (options.create ? sqlite3.OPEN_CREATE : 0);
  // A file: URI carries the parameter; pathToFileURL percent-encodes what a URI cannot hold (?, #, %).
  const filename = immutable ? `${pathToFileURL(resolvePath(path)).href}?immutable=1` : path;
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(filename, mode, (err) => {
      if (err) reject(err);
      else {
        db.configure('busyTimeout', options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
        resolve(new SqliteConnection(db, path, readOnly, options, options.explainErrors ? inodeOf(path) : null));
      }
    });
  });
}

function inodeOf(path: string): number | null {
  try {
    return path === ':memory:' ? null : statSync(path).ino;
  } catch {
    return null;
  }
}

function nestedCallError(): FactdeskError {
  return new FactdeskError('internal', 'A database call was queued from inside a transaction; use the transaction handle.');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Exponential backoff with jitter, so several waiting processes do not retry in lockstep. */
function backoffMs(attempt: number): number {
  const base = Math.min(25 * 2 ** attempt, 1_000);
  return base / 2 + Math.random() * base;
}

/** The calm refusal for a lock that outlasted every retry (exported for code that meets a raw one). */
export function busyError(path?: string): FactdeskError {
  return new FactdeskError(
    'busy',
    'Another reviewer is saving to this file right now and it stayed locked while we retried. Nothing was lost; please try again in a moment.',
    path === undefined ? undefined : { path },
  );
}

/**
 * Gives a writable file connection a second, read-only connection for `read()`, so a
 * reviewer's write never queues behind a long read (similar claims, the article list, counts) on
 * the one FIFO: at a million articles those reads take 100-200 ms and a mark waited for them.
 * Only for a file in WAL mode (the caller knows: it set the mode), where the reader sees every
 * committed write at the start of each read; in rollback-journal mode (network shares) a reader
 * would hold up the writer's commit.
 */
export async function separateReads(connection: Connection): Promise<void> {
  if (connection instanceof SqliteConnection) await connection.openReader();
}

class SqliteConnection implements Connection {
  private tail: Promise<void> = Promise.resolve();
  /** The read-only connection `read()` uses once separateReads() opened it. */
  private reader: SqliteConnection | null = null;
  /** Whether a storage error is explained as on a read-only file (not for the writer's reader). */
  private explainAsReadOnly: boolean;
  private readonly inJob = new AsyncLocalStorage<true>();
  private readonly statements = new Map<string, sqlite3.Statement>();
  private closed = false;
  private readonly direct: SqlExecutor;

  constructor(
    private readonly db: sqlite3.Database,
    readonly path: string,
    readonly readOnly: boolean,
    private readonly options: ConnectionOptions,
    private readonly inode: number | null,
  ) {
    this.explainAsReadOnly = readOnly;
    this.direct = {
      run: (sql, params) => this.runNow(sql, params),
      get: async <T>(sql: string, params?: SqlParams) => (await this.allNow<T>(sql, params))[0],
      all: (sql, params) => this.allNow(sql, params),
      exec: (sql) => this.execNow(sql),
    };
  }

  run(sql: string, params?: SqlParams): Promise<RunResult> {
    return this.job(() => this.withBusyRetry(() => this.runNow(sql, params)));
  }

  get<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return this.job(() => this.withBusyRetry(() => this.direct.get<T>(sql, params)));
  }

  all<T>(sql: string, params?: SqlParams): Promise<T[]> {
    return this.job(() => this.withBusyRetry(() => this.allNow<T>(sql, params)));
  }

  exec(sql: string): Promise<void> {
    return this.job(() => this.withBusyRetry(() => this.execNow(sql)));
  }

  read<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    if (this.reader !== null && !this.closed) {
      // Inside a job of this connection a read on the reader would not see the job's own
      // uncommitted writes: refuse it as a queued call would be refused.
      if (this.inJob.getStore()) return Promise.reject(nestedCallError());
      return this.reader.read(fn);
    }
    return this.job(() => this.transaction('BEGIN', fn));
  }

  async openReader(): Promise<void> {
    if (this.reader !== null || this.readOnly || this.closed || this.path === ':memory:') return;
    const reader = await openConnection(this.path, { ...this.options, readOnly: true, create: false });
    try {
      // As the writer: nothing in the file (a view, a trigger) may call functions with side effects.
      await reader.exec('PRAGMA trusted_schema = OFF;');
    } catch (e) {
      await reader.close();
      throw e;
    }
    const opened = reader as SqliteConnection;
    // Its errors are the file's errors: a damaged index is rebuilt on the next opening, and so on.
    opened.explainAsReadOnly = false;
    this.reader = opened;
  }

  write<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(readOnlyError(this.path, this.options.readOnlyReason ?? null));
    return this.job(() => this.transaction('BEGIN IMMEDIATE', fn));
  }

  backupTo(destPath: string): Promise<void> {
    return this.job(async () => {
      const backup = await new Promise<DriverBackup>((resolve, reject) => {
        const b = (this.db as DatabaseWithBackup).backup(destPath, (err) => (err ? reject(err) : resolve(b)));
      });
      try {
        // -1 copies every page in one step; BUSY/LOCKED are retryable for the driver, so loop.
        for (let attempt = 0; !backup.completed; attempt++) {
          await new Promise<void>((resolve, reject) => backup.step(-1, (err) => (err ? reject(err) : resolve())));
          if (backup.failed) throw new FactdeskError('internal', `The backup to ${destPath} failed.`);
          if (!backup.completed) {
            if (attempt >= (this.options.busyRetries ?? DEFAULT_BUSY_RETRIES)) throw busyError(this.path);
            await sleep(backoffMs(attempt));
          }
        }
      } finally {
        await new Promise<void>((resolve) => backup.finish(() => resolve()));
      }
    });
  }

  interrupt(): void {
    this.reader?.interrupt();
    if (!this.closed) this.db.interrupt();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const reader = this.reader;
    this.reader = null;
    await reader?.close();
    await this.job(async () => {
      this.closed = true;
      for (const statement of this.statements.values()) {
        await new Promise<void>((resolve) => statement.finalize(() => resolve()));
      }
      this.statements.clear();
      await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
    });
  }

  /** Runs one job after every job queued before it; jobs never overlap on this connection. */
  private job<T>(work: () => Promise<T>): Promise<T> {
    if (this.inJob.getStore()) {
      // Queuing from inside a job would wait for itself forever: a programming error.
      return Promise.reject(nestedCallError());
    }
    if (this.closed) return Promise.reject(new FactdeskError('internal', 'The database is closed.'));
    const explain = this.options.explainErrors
      ? (e: unknown): never => {
          throw explainStorageError(e, { path: this.path, readOnly: this.explainAsReadOnly, inode: this.inode });
        }
      : undefined;
    const result = this.tail.then(() => this.inJob.run(true, work)).catch(explain);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async transaction<T>(begin: string, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const retries = this.options.busyRetries ?? DEFAULT_BUSY_RETRIES;
    for (let attempt = 0; ; attempt++) {
      let began = false;
      try {
        await this.execNow(begin);
        began = true;
        const result = await fn(this.direct);
        await this.commitWithRetry();
        return result;
      } catch (e) {
        if (began) await this.rollbackQuietly();
        if (!isBusyError(e)) throw e;
        if (attempt >= retries) throw busyError(this.path);
        this.options.onBusyRetry?.(attempt + 1);
        await sleep(backoffMs(attempt));
      }
    }
  }

  /** In rollback-journal mode COMMIT waits for readers to leave; a BUSY COMMIT keeps the transaction. */
  private async commitWithRetry(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.execNow('COMMIT');
        return;
      } catch (e) {
        if (!isBusyError(e) || attempt >= 2) throw e;
        await sleep(backoffMs(attempt));
      }
    }
  }

  private async rollbackQuietly(): Promise<void> {
    try {
      await this.execNow('ROLLBACK');
    } catch {
      // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); nothing left to undo.
    }
  }

  private async withBusyRetry<T>(work: () => Promise<T>): Promise<T> {
    const retries = this.options.busyRetries ?? DEFAULT_BUSY_RETRIES;
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (e) {
        if (!isBusyError(e)) throw e;
        if (attempt >= retries) throw busyError(this.path);
        this.options.onBusyRetry?.(attempt + 1);
        await sleep(backoffMs(attempt));
      }
    }
  }

  /** Prepared once per SQL text and reused: the hot statements are few and repeat constantly. */
  private statement(sql: string): Promise<sqlite3.Statement> {
    const cached = this.statements.get(sql);
    if (cached) {
      // Keep most recently used last, so eviction drops the least recently used.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return Promise.resolve(cached);
    }
    return new Promise((resolve, reject) => {
      const stmt: sqlite3.Statement = this.db.prepare(sql, (err: Error | null) => {
        if (err) return reject(err);
        this.statements.set(sql, stmt);
        if (this.statements.size > STATEMENT_CACHE_SIZE) {
          const oldest = this.statements.keys().next().value;
          if (oldest !== undefined) {
            this.statements.get(oldest)?.finalize();
            this.statements.delete(oldest);
          }
        }
        resolve(stmt);
      });
    });
  }

  private async runNow(sql: string, params: SqlParams = []): Promise<RunResult> {
    const stmt = await this.statement(sql);
    return new Promise((resolve, reject) => {
      stmt.run([...params], function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastId: this.lastID });
      });
    });
  }

  private async allNow<T>(sql: string, params: SqlParams = []): Promise<T[]> {
    const stmt = await this.statement(sql);
    return new Promise((resolve, reject) => {
      // `all` steps to SQLITE_DONE, so the statement holds no read lock afterwards (a half-read
      // `get` would keep a SHARED lock and block other processes' commits).
      stmt.all([...params], (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows)));
    });
  }

  private execNow(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }
}
