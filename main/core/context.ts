// What every handler of one open database shares: the connection, who is making the changes,
// the clock, the host's abilities, and the bookkeeping of the change feed. Handlers get this, never
// each other; SQL stays in store/.
import { randomUUID } from 'node:crypto';
import { ConflictError, FactdeskError } from '@common/domain/errors';
import type { ChangeEntity } from '@common/domain/types';
import type { ImportContext } from './import/articles';
import type { PdfPrinter } from './export/types';
import type { PageCapturer } from './web/capture-chromium';
import { ChangeWaiters } from './review/feed';
import type { SaveStatusTracker } from './review/save-status';
import type { OpenedDatabase } from './store/open';
import { appendChange, wasDeleted, type NewChange } from './store/repositories/changelog';
import { leavePresence } from './store/repositories/presence';
import type { SqlExecutor } from './store/sqlite';

export interface FactdeskHost {
  /** Opens an http(s) URL in the user's browser; resolves whether it did. */
  openExternal?(url: string): Promise<boolean>;
  printPdf?: PdfPrinter;
  /** Opens a file with the system's viewer (the app: shell.openPath); resolves whether it did. */
  openPath?(path: string): Promise<boolean>;
  /** Renders a web page to a screenshot and a PDF in a context of its own (archiving a source). */
  capturePage?: PageCapturer;
}

export class CoreContext {
  /** This copy's presence row: one per open core. */
  readonly session = randomUUID();
  /** Commits made through this copy, which PRAGMA data_version does not count. */
  localWrites = 0;
  /** Where the change feed last found the log's end (see review/feed.ts). */
  feed = { dataVersion: -1, localWrites: -1, lastId: 0 };
  /** The windows waiting for the next change (waitForChanges). */
  readonly changeWaiters = new ChangeWaiters(this);
  private closed = false;

  constructor(
    readonly db: OpenedDatabase,
    /** Who makes the changes; updateSettings can rename them while the file is open. */
    public reviewer: string,
    readonly host: FactdeskHost,
    readonly settingsDir: string,
    readonly now: () => Date,
    readonly saveStatus: SaveStatusTracker,
  ) {}

  get connection() {
    return this.db.connection;
  }

  get importContext(): ImportContext {
    return {
      connection: this.connection,
      reviewer: () => this.reviewer,
      now: this.now,
      onWrite: () => this.localWrites++,
    };
  }

  /** A write transaction that counts towards the local change feed. */
  async write<T>(fn: (tx: SqlExecutor, at: string) => Promise<T>): Promise<T> {
    const result = await this.connection.write(async (tx) => {
      const result = await fn(tx, this.now().toISOString());
      // Counted before COMMIT (a rolled-back attempt only costs the feed one extra read); no poll
      // can run in between, because the connection's queue runs one job at a time.
      this.localWrites++;
      return result;
    });
    // After the commit and outside the transaction: the waiters' check is a job of its own.
    this.changeWaiters.wake();
    return result;
  }

  change(tx: SqlExecutor, at: string, entry: Omit<NewChange, 'at' | 'reviewer'>): Promise<number> {
    return appendChange(tx, { ...entry, at, reviewer: this.reviewer });
  }

  /** The row is missing: a conflict if someone deleted it, otherwise the id never existed. */
  async missing(tx: SqlExecutor, entity: ChangeEntity, id: number, expectedRevision: number): Promise<FactdeskError> {
    if (await wasDeleted(tx, entity, id)) return new ConflictError(entity, id, expectedRevision, null);
    return new FactdeskError('not_found', `There is no ${entity} ${id}.`, { entity, id });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.changeWaiters.close();
    try {
      if (!this.db.readOnly) await this.connection.write((tx) => leavePresence(tx, this.session));
    } catch {
      // Presence is informational and expires on its own; closing must not fail over it.
    }
    await this.connection.close();
  }
}
