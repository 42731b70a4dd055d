// The core: the contract's methods over one open database, composed here from one handlers.ts per
// feature folder (handlers.ts), sharing one CoreContext (context.ts). Every write is one short
// BEGIN IMMEDIATE transaction that checks the revision it was given, writes, and appends to the
// change log, or throws and writes nothing (edit.ts).
import type { ApiInput, ApiOutput, ExportFilter, ImportOutcome } from '@common/contract';
import { importPaths, type ImportProgress } from './import/articles';
import { addEvidenceFiles, saveEvidenceTo, type EvidenceOutcome } from './evidence/files';
import type { Evidence } from '@common/domain/evidence';
import { importFileAsVersion } from './web/file-version';
import { writeWacz, type WaczSummary } from './export/wacz';
import { CoreContext, type FactdeskHost } from './context';
import { serve, type Served } from './dispatch';
import { coreHandlers, type CoreHandlers } from './handlers';
import { SaveStatusTracker, trackSettling } from './review/save-status';
import { appSettingsDir } from './settings/app-settings';
import { reviewerNameOrThrow } from './settings/handlers';
import type { LocationKind } from './store/location';
import { openDatabase, type OpenedDatabase } from './store/open';

export type { FactdeskHost } from './context';
export { PRESENCE_WINDOW_MS, QUEUE_LIMIT } from './review/handlers';

export interface OpenFactdeskOptions {
  path: string;
  /** Create the database when the file does not exist (default true). */
  create?: boolean;
  /** Who makes the changes this copy writes. */
  reviewer: string;
  host?: FactdeskHost;
  /** Folder of the app's own settings (reviewer name); default $FACTDESK_HOME or ~/.config/factdesk. */
  settingsDir?: string;
  /** Force the location (and so the journal mode) instead of detecting it; also $FACTDESK_LOCATION. */
  location?: LocationKind;
  busyTimeoutMs?: number;
  busyRetries?: number;
  /** Each retry after SQLITE_BUSY, for a calm "another reviewer is saving, retrying…". */
  onBusyRetry?: (attempt: number) => void;
  /** The clock (tests). */
  now?: () => Date;
  /**
   * 'background' for long-lived processes (the app, `factdesk serve`): the list is readable at
   * once while quick_check runs, and writes wait for it (store/integrity.ts). One-shot commands
   * keep 'before' (the default): they refuse a damaged file before printing anything.
   */
  integrityCheck?: 'before' | 'background';
}

/** A core as callers see it: each contract method validates its argument once (see dispatch.ts), then runs. */
export interface FactdeskCore extends Served<CoreHandlers> {
  readonly path: string;
  /** Factdesk created this database when it opened it (a new file, or an empty .factdesk/.db). */
  readonly created: boolean;
  /** What the person should know about this opening (a rebuilt search index), or null. */
  readonly notice: string | null;
  /** Settles when the file has passed its integrity check; rejects with the refusal (the file is then closed). */
  readonly integrity: Promise<void>;
  readonly reviewer: string;
  importPaths(paths: string[], onProgress?: ImportProgress): Promise<ImportOutcome[]>;
  /** A file imported as the next version of an article (issue 13). */
  importFileAsVersion(articleId: number, path: string): Promise<ImportOutcome>;
  /** The captured pages and evidence files of the filtered claims as a WACZ file at `outPath`. */
  writeWacz(filter: ExportFilter, outPath: string): Promise<WaczSummary>;
  /** Files on disk attached to a source, streamed into the database (issue 13). */
  addEvidenceFiles(sourceId: number, paths: readonly string[]): Promise<EvidenceOutcome[]>;
  /** An evidence file's bytes written to a new file at `outPath`. */
  saveEvidenceTo(evidenceId: number, outPath: string): Promise<{ evidence: Evidence; bytes: number }>;
  /** Reviewers who have worked on this file, for assignment. */
  listReviewers(input?: ApiInput<'listReviewers'>): Promise<string[]>;
  listQueue(input?: ApiInput<'listQueue'>): Promise<ApiOutput<'listQueue'>>;
  close(): Promise<void>;
}

export async function openFactdesk(options: OpenFactdeskOptions): Promise<FactdeskCore> {
  const reviewer = reviewerNameOrThrow(options.reviewer);
  const now = options.now ?? (() => new Date());
  const saveStatus = new SaveStatusTracker(now);
  const opened = await openDatabase(options.path, {
    create: options.create ?? true,
    location: options.location,
    busyTimeoutMs: options.busyTimeoutMs,
    busyRetries: options.busyRetries,
    onBusyRetry: (attempt) => {
      saveStatus.retrying(attempt);
      options.onBusyRetry?.(attempt);
    },
    now,
    integrityCheck: options.integrityCheck,
  });
  // The same object, not a copy: a background check may set its notice (a rebuilt index) later.
  const db: OpenedDatabase = Object.assign(opened, { connection: trackSettling(opened.connection, saveStatus) });
  // The reviewer is registered with their first change (appendChange), not here: opening a file
  // to read it must not make anyone one of its reviewers.
  const ctx = new CoreContext(db, reviewer, options.host ?? {}, appSettingsDir(options.settingsDir), now, saveStatus);
  return coreOf(ctx);
}

/** The served facade over one context: contract methods validated once, plus the in-process extras. */
function coreOf(ctx: CoreContext): FactdeskCore {
  const core = serve(coreHandlers(ctx));
  // Getters, not copies: the reviewer can change (updateSettings) while the file is open.
  Object.defineProperties(core, {
    path: { get: () => ctx.db.path, enumerable: true },
    created: { get: () => ctx.db.created, enumerable: true },
    notice: { get: () => ctx.db.notice, enumerable: true },
    integrity: { get: () => ctx.db.integrity, enumerable: true },
    reviewer: { get: () => ctx.reviewer, enumerable: true },
  });
  return Object.assign(core, {
    importPaths: (paths: string[], onProgress?: ImportProgress) => importPaths(ctx.importContext, paths, onProgress),
    importFileAsVersion: (articleId: number, path: string) => importFileAsVersion(ctx.importContext, articleId, path),
    writeWacz: (filter: ExportFilter, outPath: string) => writeWacz(ctx, filter, outPath),
    addEvidenceFiles: (sourceId: number, paths: readonly string[]) => addEvidenceFiles(ctx, sourceId, paths),
    saveEvidenceTo: (evidenceId: number, outPath: string) => saveEvidenceTo(ctx, evidenceId, outPath),
    close: () => ctx.close(),
  }) as unknown as FactdeskCore;
}
