// The one API contract between the renderer and the core. Every method's argument schema
// lives here; argument and result types are derived from it, so main (which validates with
// these schemas), the preload, the browser bridge and the renderer cannot drift apart.
// This file is imported by Node code and, as types only, by the renderer.
import { z } from 'zod';
import { isHttpUrl } from '../domain/http-url';
import type { SESSION_METHOD_NAMES } from './methods';
import type {
  ArticleDetail,
  ArticlePage,
  ChangeEntry,
  Claim,
  Comment,
  Source,
  VerdictScale,
} from '../domain/types';
import type { SerializedError } from '../domain/errors';
import { calendarDateProblem } from '../domain/dates';
import { CLAIM_PARTS, CLAIM_STATUSES, SOURCE_STANCES } from '../domain/types';

const id = z.number().int().positive();
const revision = z.number().int().nonnegative();
const shortText = z.string().max(2_000);
const longText = z.string().max(100_000);
/** A calendar date, YYYY-MM-DD (optionally with a time): "2026-13-45" or "2023-10" is refused. */
const isoDate = z
  .string()
  .max(100)
  .superRefine((value, ctx) => {
    const problem = calendarDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
const httpUrl = z
  .string()
  .max(4_000)
  .refine(isHttpUrl, 'expected an http:// or https:// URL');
const claimStatus = z.enum(CLAIM_STATUSES);
const stance = z.enum(SOURCE_STANCES);
export const exportFormat = z.enum(['md', 'html', 'pdf', 'claimreview', 'annotations', 'csv']);
export type ExportFormat = z.infer<typeof exportFormat>;

export const exportFilter = z
  .object({
    articleId: id.optional(),
    claimIds: z.array(id).max(100_000).optional(),
    status: z.array(claimStatus).optional(),
    verdict: z.array(z.string().max(100)).optional(),
    reviewer: z.string().max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type ExportFilter = z.infer<typeof exportFilter>;

const claimPatch = z
  .object({
    claimReviewed: longText.optional(),
    claimant: shortText.nullable().optional(),
    claimDate: isoDate.nullable().optional(),
    verdict: z.string().max(100).nullable().optional(),
    rationale: longText.nullable().optional(),
    status: claimStatus.optional(),
    assignee: shortText.nullable().optional(),
  })
  .strict();
export type ClaimPatch = z.infer<typeof claimPatch>;

const sourceFields = z
  .object({
    url: httpUrl,
    title: shortText.nullable().optional(),
    publisher: shortText.nullable().optional(),
    date: isoDate.nullable().optional(),
    excerpt: longText.nullable().optional(),
    stance: stance.optional(),
    archiveUrl: httpUrl.nullable().optional(),
  })
  .strict();
export type SourceFields = z.infer<typeof sourceFields>;

/** A file handed over by the renderer (button or drop): name plus its bytes in base64. */
const importFile = z
  .object({
    name: z.string().min(1).max(1_000),
    /** Base64 of the file's bytes. Size is checked again in the core. */
    data: z.string(),
  })
  .strict();

// Marker for a method's result type; the value is never used at runtime.
function returns<T>(): T {
  return undefined as T;
}

export interface DatabaseInfo {
  path: string;
  articleCount: number;
  journalMode: string;
  schemaVersion: number;
  /** Where the file lives, and the advice that goes with it (shared-file review). */
  location: { kind: 'local' | 'network' | 'synced' | 'memory'; warning: string | null };
  /** Factdesk created this database when it opened it (a new file, or an empty .factdesk/.db file). */
  created: boolean;
  /** The file (or its folder, disk or share) cannot be written: it is shown and exported, never changed. */
  readOnly: boolean;
  /** Why it is read-only, as a sentence; null when it is not. */
  readOnlyReason: string | null;
  /** Something to tell the person about this file (e.g. its damaged search index was rebuilt), or null. */
  notice: string | null;
}

export interface ImportOutcome {
  fileName: string;
  ok: boolean;
  /** Set when ok: the article (new, or the existing one when the text was already there). */
  articleId?: number;
  title?: string;
  duplicate?: boolean;
  error?: string;
}

export interface ExportResult {
  fileName: string;
  mimeType: string;
  /** Text formats as UTF-8 text; PDF as base64. */
  encoding: 'utf8' | 'base64';
  content: string;
}

export interface AnnotationImportReport {
  imported: Array<{ annotation: string; claimId: number; articleId: number; exactMatch: boolean }>;
  skipped: Array<{ annotation: string; reason: string }>;
}

export interface Settings {
  reviewerName: string | null;
  organisationName: string | null;
  organisationUrl: string | null;
}

export interface ChangesResult {
  entries: ChangeEntry[];
  /** Pass back as `afterId` on the next poll. */
  lastId: number;
  /**
   * The newest entry in the whole log when this was read. A window that has just loaded what is on
   * screen starts following from here, instead of paging through the file's entire history.
   */
  headId: number;
}

export interface PresenceEntry {
  reviewer: string;
  editing: string | null;
  seenAt: string;
}

/** One claim in a reviewer's "My queue". */
export interface QueueEntry {
  claim: Claim;
  articleTitle: string;
  /** Why it is in the queue: assigned to me, and/or waiting for a reviewer other than the verdict's author. */
  reasons: Array<'assigned' | 'review'>;
}

/**
 * "My queue", bounded: a busy desk has thousands of open claims. Each section (assigned to me;
 * waiting for my review and not assigned to me) holds at most `limit` entries, the ones whose
 * last change is oldest (they have waited longest), and says how many it has in all.
 */
export interface QueuePage {
  /** Oldest change first. */
  entries: QueueEntry[];
  totals: { assigned: number; review: number };
  /** The most entries of one section this answer holds. */
  limit: number;
}

/**
 * Whether this copy is waiting for the shared file because another reviewer's save holds its lock
 * (SQLITE_BUSY, being retried). Answered from memory, never queued behind the waiting save, so a
 * window can poll it while its own save is pending and show a calm status instead of an error.
 */
export interface SaveStatus {
  waiting: boolean;
  /** Retries so far in the current wait; 0 when not waiting. */
  attempt: number;
  /** When the current wait began (ISO time), or null. */
  since: string | null;
  /** A sentence for the status line while waiting ("Another reviewer is saving…"), else null. */
  message: string | null;
}

export const contract = {
  getDatabaseInfo: { input: z.object({}).strict(), output: returns<DatabaseInfo>() },
  /** Recently opened database files, newest first. */
  getRecentDatabases: { input: z.object({}).strict(), output: returns<string[]>() },
  /**
   * Opens another database file (creating it when asked); the window then shows that file. A
   * relative or ~ path is taken from the home folder; `create` adds .factdesk to a name without
   * .factdesk or .db. The answer's `path` and `created` say which file it is.
   */
  switchDatabase: {
    input: z.object({ path: z.string().min(1).max(4_096), create: z.boolean().optional() }).strict(),
    output: returns<DatabaseInfo>(),
  },
  /** The desktop's native file chooser; `supported: false` where there is none (browser bridge). */
  pickDatabaseFile: {
    input: z.object({ mode: z.enum(['open', 'new']) }).strict(),
    output: returns<{ supported: boolean; path: string | null }>(),
  },
  listArticles: {
    input: z
      .object({
        search: z.string().max(500).optional(),
        sort: z.enum(['date', 'title', 'imported']).optional(),
        limit: z.number().int().positive().max(10_000).optional(),
        offset: z.number().int().nonnegative().optional(),
      })
      .strict(),
    output: returns<ArticlePage>(),
  },
  getArticle: { input: z.object({ id }).strict(), output: returns<ArticleDetail>() },
  importFiles: {
    input: z.object({ files: z.array(importFile).min(1).max(1_000) }).strict(),
    output: returns<ImportOutcome[]>(),
  },
  importAnnotations: {
    input: z
      .object({
        name: z.string().min(1).max(1_000),
        /** The JSON text of a W3C Web Annotation export. */
        json: z.string().max(50 * 1024 * 1024),
      })
      .strict(),
    output: returns<AnnotationImportReport>(),
  },
  createClaim: {
    input: z
      .object({
        articleId: id,
        /** Which text start and end index; the body when absent. */
        part: z.enum(CLAIM_PARTS).optional(),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        claimant: shortText.nullable().optional(),
        verdict: z.string().max(100).nullable().optional(),
      })
      .strict()
      .refine((v) => v.end > v.start, 'end must be after start'),
    output: returns<Claim>(),
  },
  updateClaim: {
    input: z.object({ id, expectedRevision: revision, patch: claimPatch }).strict(),
    output: returns<Claim>(),
  },
  deleteClaim: {
    input: z.object({ id, expectedRevision: revision }).strict(),
    output: returns<{ deleted: true }>(),
  },
  addSource: {
    input: z.object({ claimId: id, fields: sourceFields }).strict(),
    output: returns<Source>(),
  },
  updateSource: {
    input: z.object({ id, expectedRevision: revision, fields: sourceFields.partial() }).strict(),
    output: returns<Source>(),
  },
  deleteSource: {
    input: z.object({ id, expectedRevision: revision }).strict(),
    output: returns<{ deleted: true }>(),
  },
  getVerdictScale: { input: z.object({}).strict(), output: returns<VerdictScale>() },
  changesSince: {
    input: z.object({ afterId: z.number().int().nonnegative() }).strict(),
    output: returns<ChangesResult>(),
  },
  getHistory: {
    input: z.object({ entity: z.enum(['article', 'claim']), id }).strict(),
    output: returns<ChangeEntry[]>(),
  },
  listComments: { input: z.object({ claimId: id }).strict(), output: returns<Comment[]>() },
  addComment: {
    input: z.object({ claimId: id, parentId: id.nullable().optional(), body: longText.min(1) }).strict(),
    output: returns<Comment>(),
  },
  resolveComment: {
    input: z.object({ id, expectedRevision: revision, resolved: z.boolean() }).strict(),
    output: returns<Comment>(),
  },
  renderExport: {
    input: z.object({ format: exportFormat, filter: exportFilter }).strict(),
    output: returns<ExportResult>(),
  },
  getSettings: { input: z.object({}).strict(), output: returns<Settings>() },
  updateSettings: {
    input: z
      .object({
        reviewerName: z.string().min(1).max(200).optional(),
        organisationName: z.string().max(200).nullable().optional(),
        organisationUrl: httpUrl.nullable().optional(),
      })
      .strict(),
    output: returns<Settings>(),
  },
  heartbeat: {
    input: z.object({ editing: z.string().max(200).nullable() }).strict(),
    output: returns<PresenceEntry[]>(),
  },
  openExternal: {
    input: z.object({ url: httpUrl }).strict(),
    output: returns<{ opened: boolean }>(),
  },
  /** Reviewers who have worked on this file, for assignment. */
  listReviewers: { input: z.object({}).strict(), output: returns<string[]>() },
  /** "My queue": open claims assigned to the current reviewer, and claims awaiting their (four-eyes) review. */
  listQueue: {
    input: z.object({ limit: z.number().int().positive().max(1000).optional() }).strict(),
    output: returns<QueuePage>(),
  },
  /** Whether a save is waiting for another reviewer's save to finish (poll while saving). */
  getSaveStatus: { input: z.object({}).strict(), output: returns<SaveStatus>() },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** Methods about which file is open: served by the window's session, not by a database's core. */
export type SessionMethodName = (typeof SESSION_METHOD_NAMES)[number];
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = Contract[M]['output'];

/** The API as the renderer calls it: one async function per method. */
export type FactdeskApi = {
  [M in MethodName]: (input: ApiInput<M>) => Promise<ApiOutput<M>>;
};

/** What every transport carries back: the renderer never sees raw exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/**
 * What the preload (Electron) or the bridge script (browser) installs as `window.factdesk`:
 * one function per method, resolving to an Envelope. Envelopes, not thrown errors, because
 * Electron's contextBridge drops every property of an Error but its message.
 * The renderer wraps this with `createClient` (contract/client.ts) into a FactdeskApi.
 */
export type FactdeskBridge = {
  [M in MethodName]: (input: ApiInput<M>) => Promise<Envelope<ApiOutput<M>>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

/** Validates one call's argument; throws a ZodError the transports turn into invalid_input. */
export function parseInput<M extends MethodName>(method: M, input: unknown): z.output<Contract[M]['input']> {
  return contract[method].input.parse(input) as z.output<Contract[M]['input']>;
}

/** Name of the global the preload (or the browser stand-in) installs the API under. */
export const API_GLOBAL = 'factdesk';
