// The one API contract between the renderer and the core. Argument and result types are derived
// from the schemas, so main (which validates with them, once, in core/dispatch.ts), the preload,
// the browser bridge and the renderer cannot drift apart.
// Each feature's methods live in their own file (articles.ts, claims.ts, …); this one combines them
// (a method name used twice is refused) and derives the types every layer uses.
import type { z } from 'zod';
import type { SerializedError } from '../domain/errors';
import { articlesContract } from './articles';
import { assistContract } from './assist';
import { claimsContract } from './claims';
import { commentsContract } from './comments';
import { databaseContract, sessionContract } from './database';
import { evidenceContract } from './evidence';
import { exportContract } from './export';
import { publishingContract } from './publishing';
import { reviewContract } from './review';
import { sampleContract } from './sample';
import { settingsContract } from './settings';
import { sourcesContract } from './sources';

export type { DatabaseInfo } from './database';
export type { ArticlePatch, ImportOutcome } from './articles';
export { ARTICLE_PAGE_SIZE } from './articles';
export { type ClaimPatch, type AnnotationImportReport } from './claims';
export type { SourceFields } from './sources';
export type { ArticleVersionText, EvidenceOutcome, VersionDiff } from './evidence';
export { MAX_EVIDENCE_CALL_BYTES, MAX_EVIDENCE_READ_BYTES } from './evidence';
export type { ChangesResult, PresenceEntry, QueueEntry, QueuePage, SaveStatus } from './review';
export { QUEUE_MAX_LIMIT, QUEUE_PAGE_SIZE } from './queue';
export { MAX_CHANGE_WAIT_MS } from './review';
export { exportFormat, exportFilter, reportTemplate, type ExportFormat, type ExportFilter, type ExportResult, type ReportTemplate } from './export';
export type { Preferences, Settings } from './settings';
export { correctionNote } from './publishing';

type Union<T extends object[]> = T extends [infer H, ...infer R extends object[]] ? H & Union<R> : unknown;

/** One contract from the features' parts; a method named twice is a mistake, refused at load. */
function combine<T extends object[]>(...parts: T): Union<T> {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in all) throw new Error(`The contract names the method "${name}" twice.`);
      all[name] = spec;
    }
  }
  return all as Union<T>;
}

export const contract = combine(
  databaseContract,
  sessionContract,
  articlesContract,
  claimsContract,
  sourcesContract,
  commentsContract,
  reviewContract,
  exportContract,
  settingsContract,
  sampleContract,
  evidenceContract,
  publishingContract,
  assistContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** Methods about which file is open: served by the window's session, not by a database's core. */
export type SessionMethodName = keyof typeof sessionContract;
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
