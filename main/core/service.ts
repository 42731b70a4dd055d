// The core service: the FactdeskApi contract (plus what the CLI needs) over one open database.
// Every write is one short BEGIN IMMEDIATE transaction that checks the revision it was given,
// writes, and appends to the change log, or throws and writes nothing.
import { randomUUID } from 'node:crypto';
import {
  type ApiInput,
  type ApiOutput,
  type ClaimPatch,
  type ImportOutcome,
  type MethodName,
  type SessionMethodName,
  type PresenceEntry,
  type Settings,
  type SourceFields,
} from '@common/contract';
import { METHOD_NAMES, SESSION_METHOD_NAMES } from '@common/contract/methods';
import { serve, type Input, type Served } from './dispatch';
import { anchorQuoteInArticle, describeRange, type PartAnchor } from './anchoring/selectors';
import { importEncodedFiles, importPaths, type ImportContext, type ImportProgress } from './articles/import';
import { changedFields, isEmpty } from './changelog/diff';
import { planClaimUpdate, planReportChange, verdictKey, type ClaimChanges } from './claims/workflow';
import { importAnnotationClaims } from './claims/annotation-import';
import { importReader } from './import/reader-thread';
import { ConflictError, FactdeskError } from '@common/domain/errors';
import { partText, type Article, type ChangeEntity, type Claim, type ClaimPart, type Comment, type Source } from '@common/domain/types';
import { renderReport } from './export/index';
import type { PdfPrinter } from './export/types';
import { gatherReport } from './store/repositories/report';
import { SaveStatusTracker, trackSettling } from './review/save-status';
import { appSettingsDir, readAppSettings, writeAppSettings } from './settings';
import type { LocationKind } from './store/location';
import { openDatabase, type OpenedDatabase } from './store/open';
import { countArticles, getArticle, listArticles } from './store/repositories/articles';
import {
  appendChange,
  articleHistory,
  changesAfter,
  claimHistory,
  lastChangeId,
  wasDeleted,
  type NewChange,
} from './store/repositories/changelog';
import { CLAIM_FIELD_COLUMNS, getClaim, insertClaim, listClaimsOfArticle, listQueue } from './store/repositories/claims';
import { getComment, insertComment, listCommentsOfClaim } from './store/repositories/comments';
import { leavePresence, othersPresent, touchPresence } from './store/repositories/presence';
import { listReviewers } from './store/repositories/reviewers';
import { deleteAtRevision, updateAtRevision } from './store/repositories/rows-update';
import { getSetting, setSetting } from './store/repositories/settings';
import {
  getSource,
  insertSource,
  listSourcesOfArticle,
  listSourcesOfClaim,
  SOURCE_FIELD_COLUMNS,
} from './store/repositories/sources';
import { getVerdictScale } from './store/repositories/verdicts';
import type { SqlExecutor, SqlValue } from './store/sqlite';

export interface FactdeskHost {
  /** Opens an http(s) URL in the user's browser; resolves whether it did. */
  openExternal?(url: string): Promise<boolean>;
  printPdf?: PdfPrinter;
}

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
}

/** The contract methods a database's core serves (the session serves the others), taking validated input. */
type CoreHandlers = { [M in Exclude<MethodName, SessionMethodName>]: (input: Input<M>) => Promise<ApiOutput<M>> };

export interface QuoteClaimInput {
  articleId: number;
  quote: string;
  /** 1-based occurrence of the quote in the part's text (default 1). */
  occurrence?: number;
  /** Where to look for the quote; by default the body, then the headline, then the teaser. */
  part?: ClaimPart;
  claimant?: string | null;
  verdict?: string | null;
}

/** A core as callers see it: each contract method validates its argument once (see dispatch.ts), then runs. */
export interface FactdeskCore extends Served<CoreHandlers> {
  readonly path: string;
  /** Factdesk created this database when it opened it (a new file, or an empty .factdesk/.db). */
  readonly created: boolean;
  /** What the person should know about this opening (a rebuilt search index), or null. */
  readonly notice: string | null;
  readonly reviewer: string;
  importPaths(paths: string[], onProgress?: ImportProgress): Promise<ImportOutcome[]>;
  createClaimFromQuote(input: QuoteClaimInput): Promise<Claim>;
  /** Reviewers who have worked on this file, for assignment. */
  listReviewers(input?: ApiInput<'listReviewers'>): Promise<string[]>;
  listQueue(input?: ApiInput<'listQueue'>): Promise<ApiOutput<'listQueue'>>;
  close(): Promise<void>;
}

/** Presence entries older than this are not shown. */
export const PRESENCE_WINDOW_MS = 15_000;
/** Change-feed page size: a copy far behind catches up over several polls. */
const CHANGES_PAGE = 1_000;
/**
 * "My queue" shows at most this many claims per section: a reviewer works from the top (the
 * longest waiting), and thousands of rows took 1–2 s to fetch and render.
 */
export const QUEUE_LIMIT = 200;

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
  });
  const db: OpenedDatabase = { ...opened, connection: trackSettling(opened.connection, saveStatus) };
  // The reviewer is registered with their first change (appendChange), not here: opening a file
  // to read it must not make anyone one of its reviewers.
  const service = new FactdeskService(db, reviewer, options.host ?? {}, appSettingsDir(options.settingsDir), now, saveStatus);
  return coreOf(service);
}

/** The served facade over one service: contract methods validated once, plus the in-process extras. */
function coreOf(service: FactdeskService): FactdeskCore {
  const handlers: Partial<Record<MethodName, unknown>> = {};
  for (const method of METHOD_NAMES) {
    if (!(SESSION_METHOD_NAMES as readonly string[]).includes(method)) {
      handlers[method] = (service[method as keyof CoreHandlers] as (input: never) => Promise<unknown>).bind(service);
    }
  }
  const core = serve(handlers as CoreHandlers);
  // Getters, not copies: the reviewer can change (updateSettings) while the file is open.
  Object.defineProperties(core, {
    path: { get: () => service.path, enumerable: true },
    created: { get: () => service.created, enumerable: true },
    notice: { get: () => service.notice, enumerable: true },
    reviewer: { get: () => service.reviewer, enumerable: true },
  });
  return Object.assign(core, {
    importPaths: (paths: string[], onProgress?: ImportProgress) => service.importPaths(paths, onProgress),
    createClaimFromQuote: (input: QuoteClaimInput) => service.createClaimFromQuote(input),
    close: () => service.close(),
  }) as unknown as FactdeskCore;
}

function reviewerNameOrThrow(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw new FactdeskError('invalid_input', 'A reviewer name (1 to 200 characters) is needed to open the database.');
  }
  return trimmed;
}

class FactdeskService implements CoreHandlers {
  private currentReviewer: string;
  private readonly session = randomUUID();
  /** Commits made through this copy, which PRAGMA data_version does not count. */
  private localWrites = 0;
  private feed = { dataVersion: -1, localWrites: -1, lastId: 0 };
  private closed = false;

  constructor(
    private readonly db: OpenedDatabase,
    reviewer: string,
    private readonly host: FactdeskHost,
    private readonly settingsDir: string,
    private readonly now: () => Date,
    private readonly saveStatus: SaveStatusTracker,
  ) {
    this.currentReviewer = reviewer;
  }

  get path(): string {
    return this.db.path;
  }

  get created(): boolean {
    return this.db.created;
  }

  get notice(): string | null {
    return this.db.notice;
  }

  get reviewer(): string {
    return this.currentReviewer;
  }

  private get connection() {
    return this.db.connection;
  }

  private get importContext(): ImportContext {
    return {
      connection: this.connection,
      reviewer: () => this.currentReviewer,
      now: this.now,
      onWrite: () => this.localWrites++,
    };
  }

  /** A write transaction that counts towards the local change feed. */
  private async write<T>(fn: (tx: SqlExecutor, at: string) => Promise<T>): Promise<T> {
    return this.connection.write(async (tx) => {
      const result = await fn(tx, this.now().toISOString());
      // Counted before COMMIT (a rolled-back attempt only costs the feed one extra read); no poll
      // can run in between, because the connection's queue runs one job at a time.
      this.localWrites++;
      return result;
    });
  }

  private change(tx: SqlExecutor, at: string, entry: Omit<NewChange, 'at' | 'reviewer'>): Promise<number> {
    return appendChange(tx, { ...entry, at, reviewer: this.currentReviewer });
  }

  /** The row is missing: a conflict if someone deleted it, otherwise the id never existed. */
  private async missing(tx: SqlExecutor, entity: ChangeEntity, id: number, expectedRevision: number): Promise<FactdeskError> {
    if (await wasDeleted(tx, entity, id)) return new ConflictError(entity, id, expectedRevision, null);
    return new FactdeskError('not_found', `There is no ${entity} ${id}.`, { entity, id });
  }

  // ---- database and articles ----

  async getDatabaseInfo(_input: Input<'getDatabaseInfo'>): Promise<ApiOutput<'getDatabaseInfo'>> {
    const articleCount = await this.connection.read((tx) => countArticles(tx));
    return {
      path: this.db.path,
      articleCount,
      journalMode: this.db.journalMode,
      schemaVersion: this.db.schemaVersion,
      location: { kind: this.db.location.kind, warning: this.db.location.warning },
      created: this.db.created,
      readOnly: this.db.readOnly !== null,
      readOnlyReason: this.db.readOnly?.reason ?? null,
      notice: this.db.notice,
    };
  }

  async listArticles(input: Input<'listArticles'>): Promise<ApiOutput<'listArticles'>> {
    const query = input;
    return this.connection.read((tx) => listArticles(tx, query));
  }

  async getArticle(input: Input<'getArticle'>): Promise<ApiOutput<'getArticle'>> {
    const { id } = input;
    return this.connection.read(async (tx) => {
      const article = await getArticle(tx, id);
      if (!article) throw new FactdeskError('not_found', `There is no article ${id}.`, { entity: 'article', id });
      return { article, claims: await listClaimsOfArticle(tx, id), sources: await listSourcesOfArticle(tx, id) };
    });
  }

  async importFiles(input: Input<'importFiles'>): Promise<ApiOutput<'importFiles'>> {
    const { files } = input;
    return importEncodedFiles(this.importContext, files);
  }

  importPaths(paths: string[], onProgress?: ImportProgress): Promise<ImportOutcome[]> {
    return importPaths(this.importContext, paths, onProgress);
  }

  // ---- claims ----

  async createClaim(input: Input<'createClaim'>): Promise<ApiOutput<'createClaim'>> {
    const { articleId, part = 'body', start, end, claimant, verdict } = input;
    return this.insertClaimAt(
      articleId,
      (article) => ({ part, anchor: describeRange(partText(article, part), start, end, part) }),
      claimant ?? null,
      verdict ?? null,
    );
  }

  async createClaimFromQuote(input: QuoteClaimInput): Promise<Claim> {
    if (!Number.isInteger(input.articleId) || input.articleId <= 0) {
      throw new FactdeskError('invalid_input', 'The article id must be a positive whole number.');
    }
    const occurrence = input.occurrence ?? 1;
    if (!Number.isInteger(occurrence) || occurrence < 1) {
      throw new FactdeskError('invalid_input', 'The occurrence must be a whole number from 1.');
    }
    if (input.quote.length === 0 || input.quote.length > 100_000) {
      throw new FactdeskError('invalid_input', 'The quote must be between 1 and 100,000 characters.');
    }
    const { quote, part } = input;
    return this.insertClaimAt(
      input.articleId,
      (article) => anchorQuoteInArticle(article, quote, occurrence, part),
      input.claimant ?? null,
      input.verdict ?? null,
    );
  }

  private async insertClaimAt(
    articleId: number,
    anchorIn: (article: Article) => PartAnchor,
    claimant: string | null,
    verdictInput: string | null,
  ): Promise<Claim> {
    return this.write(async (tx, at) => {
      const article = await getArticle(tx, articleId);
      if (!article) throw new FactdeskError('not_found', `There is no article ${articleId}.`, { entity: 'article', id: articleId });
      const { part, anchor } = anchorIn(article);
      const verdict = verdictKey(await getVerdictScale(tx), verdictInput);
      const id = await insertClaim(tx, {
        articleId,
        part,
        anchor,
        claimReviewed: anchor.quote.exact,
        claimant: claimant === null || claimant.trim() === '' ? null : claimant,
        verdict,
        status: 'draft',
        createdBy: this.currentReviewer,
        at,
      });
      const claim = await getClaim(tx, id);
      if (!claim) throw new FactdeskError('internal', `Claim ${id} vanished while it was being created.`);
      const { id: _id, ...after } = claim;
      await this.change(tx, at, { entity: 'claim', entityId: id, articleId, claimId: id, action: 'create', before: null, after });
      return claim;
    });
  }

  async updateClaim(input: Input<'updateClaim'>): Promise<ApiOutput<'updateClaim'>> {
    const { id, expectedRevision, patch } = input;
    return this.write(async (tx, at) => {
      const current = await getClaim(tx, id);
      if (!current) throw await this.missing(tx, 'claim', id, expectedRevision);
      if (current.revision !== expectedRevision) throw new ConflictError('claim', id, expectedRevision, current);
      const next = planClaimUpdate(current, patch as ClaimPatch, this.currentReviewer, await getVerdictScale(tx));
      return this.saveClaimChanges(tx, at, current, next);
    });
  }

  /** Stores planned claim changes on top of `current` (revision checked) with their change-log entry. */
  private async saveClaimChanges(tx: SqlExecutor, at: string, current: Claim, next: ClaimChanges): Promise<Claim> {
    const { id, revision } = current;
    const changes = changedFields(current, next);
    if (isEmpty(changes)) return current;
    const columns: Record<string, SqlValue> = { updated_at: at };
    for (const [field, value] of Object.entries(changes.after)) {
      const column = CLAIM_FIELD_COLUMNS[field as keyof typeof CLAIM_FIELD_COLUMNS];
      columns[column] = typeof value === 'boolean' ? Number(value) : (value as SqlValue);
    }
    if (!(await updateAtRevision(tx, 'claim', id, revision, columns))) {
      throw new ConflictError('claim', id, revision, (await getClaim(tx, id)) ?? null);
    }
    await this.change(tx, at, { entity: 'claim', entityId: id, articleId: current.articleId, claimId: id, action: 'update', ...changes });
    const updated = await getClaim(tx, id);
    if (!updated) throw new FactdeskError('internal', `Claim ${id} vanished while it was being saved.`);
    return updated;
  }

  /**
   * A source of the claim was added, edited or removed in this transaction: what the claim's report
   * says changed, so an approval is withdrawn in the same save (see planReportChange).
   */
  private async reportChanged(tx: SqlExecutor, at: string, claim: Claim): Promise<void> {
    await this.saveClaimChanges(tx, at, claim, planReportChange(claim, this.currentReviewer, await getVerdictScale(tx)));
  }

  async deleteClaim(input: Input<'deleteClaim'>): Promise<ApiOutput<'deleteClaim'>> {
    const { id, expectedRevision } = input;
    return this.write(async (tx, at) => {
      const current = await getClaim(tx, id);
      if (!current) throw await this.missing(tx, 'claim', id, expectedRevision);
      if (current.revision !== expectedRevision) throw new ConflictError('claim', id, expectedRevision, current);
      const articleId = current.articleId;
      // The cascade removes sources and comments too; their history records it.
      for (const source of await listSourcesOfClaim(tx, id)) {
        const { id: sourceId, ...before } = source;
        await this.change(tx, at, { entity: 'source', entityId: sourceId, articleId, claimId: id, action: 'delete', before, after: null });
      }
      for (const comment of await listCommentsOfClaim(tx, id)) {
        const { id: commentId, ...before } = comment;
        await this.change(tx, at, { entity: 'comment', entityId: commentId, articleId, claimId: id, action: 'delete', before, after: null });
      }
      if (!(await deleteAtRevision(tx, 'claim', id, expectedRevision))) {
        throw new ConflictError('claim', id, expectedRevision, (await getClaim(tx, id)) ?? null);
      }
      const { id: _id, ...before } = current;
      await this.change(tx, at, { entity: 'claim', entityId: id, articleId, claimId: id, action: 'delete', before, after: null });
      return { deleted: true as const };
    });
  }

  // ---- sources ----

  async addSource(input: Input<'addSource'>): Promise<ApiOutput<'addSource'>> {
    const { claimId, fields } = input;
    return this.write(async (tx, at) => {
      const claim = await getClaim(tx, claimId);
      if (!claim) throw new FactdeskError('not_found', `There is no claim ${claimId}.`, { entity: 'claim', id: claimId });
      const id = await insertSource(tx, {
        claimId,
        url: fields.url,
        title: fields.title ?? null,
        publisher: fields.publisher ?? null,
        date: fields.date ?? null,
        excerpt: fields.excerpt ?? null,
        stance: fields.stance ?? 'context',
        archiveUrl: fields.archiveUrl ?? null,
        at,
      });
      const source = await getSource(tx, id);
      if (!source) throw new FactdeskError('internal', `Source ${id} vanished while it was being created.`);
      const { id: _id, ...after } = source;
      await this.change(tx, at, { entity: 'source', entityId: id, articleId: claim.articleId, claimId, action: 'create', before: null, after });
      await this.reportChanged(tx, at, claim);
      return source;
    });
  }

  async updateSource(input: Input<'updateSource'>): Promise<ApiOutput<'updateSource'>> {
    const { id, expectedRevision, fields } = input;
    return this.write(async (tx, at) => {
      const current = await getSource(tx, id);
      if (!current) throw await this.missing(tx, 'source', id, expectedRevision);
      if (current.revision !== expectedRevision) throw new ConflictError('source', id, expectedRevision, current);
      const changes = changedFields<Source>(current, fields as Partial<SourceFields> as Partial<Source>);
      if (isEmpty(changes)) return current;
      const columns: Record<string, SqlValue> = { updated_at: at };
      for (const [field, value] of Object.entries(changes.after)) {
        columns[SOURCE_FIELD_COLUMNS[field as keyof typeof SOURCE_FIELD_COLUMNS]] = value as SqlValue;
      }
      if (!(await updateAtRevision(tx, 'source', id, expectedRevision, columns))) {
        throw new ConflictError('source', id, expectedRevision, (await getSource(tx, id)) ?? null);
      }
      const claim = await getClaim(tx, current.claimId);
      await this.change(tx, at, {
        entity: 'source',
        entityId: id,
        articleId: claim?.articleId ?? null,
        claimId: current.claimId,
        action: 'update',
        ...changes,
      });
      if (claim) await this.reportChanged(tx, at, claim);
      const updated = await getSource(tx, id);
      if (!updated) throw new FactdeskError('internal', `Source ${id} vanished while it was being saved.`);
      return updated;
    });
  }

  async deleteSource(input: Input<'deleteSource'>): Promise<ApiOutput<'deleteSource'>> {
    const { id, expectedRevision } = input;
    return this.write(async (tx, at) => {
      const current = await getSource(tx, id);
      if (!current) throw await this.missing(tx, 'source', id, expectedRevision);
      if (current.revision !== expectedRevision) throw new ConflictError('source', id, expectedRevision, current);
      if (!(await deleteAtRevision(tx, 'source', id, expectedRevision))) {
        throw new ConflictError('source', id, expectedRevision, (await getSource(tx, id)) ?? null);
      }
      const claim = await getClaim(tx, current.claimId);
      const { id: _id, ...before } = current;
      await this.change(tx, at, {
        entity: 'source',
        entityId: id,
        articleId: claim?.articleId ?? null,
        claimId: current.claimId,
        action: 'delete',
        before,
        after: null,
      });
      if (claim) await this.reportChanged(tx, at, claim);
      return { deleted: true as const };
    });
  }

  // ---- claims from a Web Annotation export ----

  async importAnnotations(input: Input<'importAnnotations'>): Promise<ApiOutput<'importAnnotations'>> {
    const { name, json } = input;
    // Read on the import worker, with its limits: a hostile file stalls that thread, not the API.
    const annotations = await importReader.readAnnotations(name, json);
    // One transaction for the file: it lands whole or not at all.
    return this.write(async (tx, at) =>
      importAnnotationClaims(
        { tx, at, reviewer: this.currentReviewer, scale: await getVerdictScale(tx), change: (entry) => this.change(tx, at, entry) },
        annotations,
      ),
    );
  }

  // ---- verdicts, change feed, history ----

  async getVerdictScale(_input: Input<'getVerdictScale'>): Promise<ApiOutput<'getVerdictScale'>> {
    return this.connection.read((tx) => getVerdictScale(tx));
  }

  async changesSince(input: Input<'changesSince'>): Promise<ApiOutput<'changesSince'>> {
    const { afterId } = input;
    // PRAGMA data_version changes only when another connection commits; our own commits are counted
    // in localWrites. If neither moved and the caller is up to date, there is nothing to read.
    const dataVersion = (await this.connection.get<{ data_version: number }>('PRAGMA data_version'))?.data_version ?? -1;
    const localWrites = this.localWrites;
    if (dataVersion === this.feed.dataVersion && localWrites === this.feed.localWrites && afterId >= this.feed.lastId) {
      return { entries: [], lastId: afterId, headId: this.feed.lastId };
    }
    const { entries, maxId } = await this.connection.read(async (tx) => ({
      entries: await changesAfter(tx, afterId, CHANGES_PAGE),
      maxId: await lastChangeId(tx),
    }));
    // Remember where the log ended only when this page reached its end.
    if (entries.length < CHANGES_PAGE) this.feed = { dataVersion, localWrites, lastId: maxId };
    return { entries, lastId: entries.at(-1)?.id ?? afterId, headId: maxId };
  }

  async getHistory(input: Input<'getHistory'>): Promise<ApiOutput<'getHistory'>> {
    const { entity, id } = input;
    return this.connection.read((tx) => (entity === 'claim' ? claimHistory(tx, id) : articleHistory(tx, id)));
  }

  // ---- comments ----

  async listComments(input: Input<'listComments'>): Promise<ApiOutput<'listComments'>> {
    const { claimId } = input;
    return this.connection.read(async (tx) => {
      if (!(await getClaim(tx, claimId))) throw new FactdeskError('not_found', `There is no claim ${claimId}.`);
      return listCommentsOfClaim(tx, claimId);
    });
  }

  async addComment(input: Input<'addComment'>): Promise<ApiOutput<'addComment'>> {
    const { claimId, parentId, body } = input;
    if (body.trim() === '') throw new FactdeskError('invalid_input', 'A comment needs some text.');
    return this.write(async (tx, at) => {
      const claim = await getClaim(tx, claimId);
      if (!claim) throw new FactdeskError('not_found', `There is no claim ${claimId}.`, { entity: 'claim', id: claimId });
      if (parentId !== undefined && parentId !== null) {
        const parent = await getComment(tx, parentId);
        if (!parent || parent.claimId !== claimId) {
          throw new FactdeskError('invalid_input', `Comment ${parentId} is not in this claim's thread.`);
        }
      }
      const id = await insertComment(tx, { claimId, parentId: parentId ?? null, author: this.currentReviewer, body, at });
      const comment = await getComment(tx, id);
      if (!comment) throw new FactdeskError('internal', `Comment ${id} vanished while it was being created.`);
      const { id: _id, ...after } = comment;
      await this.change(tx, at, { entity: 'comment', entityId: id, articleId: claim.articleId, claimId, action: 'create', before: null, after });
      return comment;
    });
  }

  async resolveComment(input: Input<'resolveComment'>): Promise<ApiOutput<'resolveComment'>> {
    const { id, expectedRevision, resolved } = input;
    return this.write(async (tx, at) => {
      const current = await getComment(tx, id);
      if (!current) throw await this.missing(tx, 'comment', id, expectedRevision);
      if (current.revision !== expectedRevision) throw new ConflictError<Comment>('comment', id, expectedRevision, current);
      if (current.resolved === resolved) return current;
      if (!(await updateAtRevision(tx, 'comment', id, expectedRevision, { resolved: resolved ? 1 : 0, updated_at: at }))) {
        throw new ConflictError('comment', id, expectedRevision, (await getComment(tx, id)) ?? null);
      }
      const claim = await getClaim(tx, current.claimId);
      await this.change(tx, at, {
        entity: 'comment',
        entityId: id,
        articleId: claim?.articleId ?? null,
        claimId: current.claimId,
        action: 'update',
        before: { resolved: current.resolved },
        after: { resolved },
      });
      const updated = await getComment(tx, id);
      if (!updated) throw new FactdeskError('internal', `Comment ${id} vanished while it was being saved.`);
      return updated;
    });
  }

  // ---- export ----

  async renderExport(input: Input<'renderExport'>): Promise<ApiOutput<'renderExport'>> {
    const { format, filter } = input;
    const reportDate = this.now().toISOString().slice(0, 10);
    const report = await this.connection.read(async (tx) => gatherReport(tx, filter, await getVerdictScale(tx), reportDate));
    return renderReport(format, report, { printPdf: this.host.printPdf });
  }

  // ---- settings, presence, host ----

  async getSettings(_input: Input<'getSettings'>): Promise<ApiOutput<'getSettings'>> {
    return this.settings();
  }

  private async settings(): Promise<Settings> {
    const app = await readAppSettings(this.settingsDir);
    const [organisationName, organisationUrl] = await this.connection.read(async (tx) => [
      await getSetting(tx, 'organisation_name'),
      await getSetting(tx, 'organisation_url'),
    ]);
    return { reviewerName: app.reviewerName, organisationName: organisationName ?? null, organisationUrl: organisationUrl ?? null };
  }

  async updateSettings(input: Input<'updateSettings'>): Promise<ApiOutput<'updateSettings'>> {
    const patch = input;
    if (patch.reviewerName !== undefined) {
      const name = reviewerNameOrThrow(patch.reviewerName);
      await writeAppSettings(this.settingsDir, { ...(await readAppSettings(this.settingsDir)), reviewerName: name });
      this.currentReviewer = name;
    }
    const shared: Array<['organisation_name' | 'organisation_url', string | null]> = [];
    if (patch.organisationName !== undefined) shared.push(['organisation_name', emptyToNull(patch.organisationName)]);
    if (patch.organisationUrl !== undefined) shared.push(['organisation_url', emptyToNull(patch.organisationUrl)]);
    if (shared.length > 0) {
      await this.write(async (tx, at) => {
        for (const [key, value] of shared) {
          const { id, before } = await setSetting(tx, key, value);
          if (before === value) continue;
          await this.change(tx, at, {
            entity: 'setting',
            entityId: id,
            articleId: null,
            claimId: null,
            action: 'update',
            before: { [key]: before },
            after: { [key]: value },
          });
        }
      });
    }
    return this.settings();
  }

  async heartbeat(input: Input<'heartbeat'>): Promise<ApiOutput<'heartbeat'>> {
    const { editing } = input;
    const nowMs = this.now().getTime();
    // Presence is written to the file; in a read-only one this copy can only see the others.
    if (this.db.readOnly) {
      const others = await this.connection.read((tx) => othersPresent(tx, this.session, nowMs - PRESENCE_WINDOW_MS));
      return others.map((r): PresenceEntry => ({ reviewer: r.reviewer, editing: r.editing, seenAt: new Date(r.seen_at_ms).toISOString() }));
    }
    const rows = await this.connection.write(async (tx) => {
      await touchPresence(tx, { session: this.session, reviewer: this.currentReviewer, editing, nowMs });
      return othersPresent(tx, this.session, nowMs - PRESENCE_WINDOW_MS);
    });
    return rows.map((r): PresenceEntry => ({ reviewer: r.reviewer, editing: r.editing, seenAt: new Date(r.seen_at_ms).toISOString() }));
  }

  async openExternal(input: Input<'openExternal'>): Promise<ApiOutput<'openExternal'>> {
    const { url } = input;
    if (!this.host.openExternal) return { opened: false };
    return { opened: await this.host.openExternal(url) };
  }

  async listReviewers(_input?: Input<'listReviewers'>): Promise<string[]> {
    return this.connection.read((tx) => listReviewers(tx));
  }

  /** "My queue": open claims assigned to this reviewer, and claims awaiting their (four-eyes) review. */
  async listQueue(input: Input<'listQueue'> = {}): Promise<ApiOutput<'listQueue'>> {
    const { limit = QUEUE_LIMIT } = input;
    const { entries, totals } = await this.connection.read((tx) => listQueue(tx, this.currentReviewer, limit));
    return { entries, totals, limit };
  }

  async getSaveStatus(_input: Input<'getSaveStatus'>): Promise<ApiOutput<'getSaveStatus'>> {
    // From memory, not the database: it must answer while a save is stuck waiting for the lock.
    return this.saveStatus.status();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (!this.db.readOnly) await this.connection.write((tx) => leavePresence(tx, this.session));
    } catch {
      // Presence is informational and expires on its own; closing must not fail over it.
    }
    await this.connection.close();
  }
}

function emptyToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

