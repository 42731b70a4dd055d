// The renderer's only way to the core: `window.factdesk`, installed by the Electron preload or by
// the browser bridge script (same shape either way: one function per contract method resolving to
// an Envelope). createClient turns envelopes into values and rejections carrying code + details.
import type { FactdeskApi, FactdeskBridge, ImportOutcome } from '@common/contract';
import type { FactdeskErrorCode } from '@common/domain/errors';
import { createClient } from '@common/contract/client';
import type { Language } from '@common/i18n';
import { problemText, refusalText } from '@common/i18n/problems';
import { busyTracker, withBusyRetry } from './busyRetry';

declare global {
  interface Window {
    factdesk?: FactdeskBridge;
  }
}

let client: FactdeskApi | null = null;

/** The typed API. Throws a readable error when the page was opened without the app's bridge. */
export function api(): FactdeskApi {
  if (client === null) {
    const bridge = window.factdesk;
    if (bridge === undefined) {
      throw new Error('Factdesk is not connected: open this page from the Factdesk app or `factdesk serve`.');
    }
    // A call refused as busy (another writer held the file) is retried calmly; see ./busyRetry.
    client = withBusyRetry(createClient(bridge), busyTracker);
  }
  return client;
}

/** A failed call as the UI shows it. */
export interface CallFailure {
  code: FactdeskErrorCode | 'unknown';
  message: string;
  details?: Record<string, unknown>;
}

export function toFailure(error: unknown): CallFailure {
  if (error instanceof Error) {
    const { code, details } = error as Error & { code?: unknown; details?: unknown };
    return {
      code: typeof code === 'string' ? (code as FactdeskErrorCode) : 'unknown',
      message: error.message,
      details: typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined,
    };
  }
  return { code: 'unknown', message: String(error) };
}

/**
 * A failure in the person's language where the core said it by key (a refused argument, a rule
 * such as four eyes), else the core's sentence.
 */
export function failureText(failure: CallFailure, language: Language): string {
  return refusalText(language, failure.code, failure.details) ?? failure.message;
}

/** Why an import refused a file, in the person's language where the core said it by key, else the core's sentence. */
export function refusedImportText(outcome: ImportOutcome, language: Language): string | null {
  return outcome.problem !== undefined ? problemText(language, outcome.problem) : (outcome.error ?? null);
}

/** For a conflict: the row as it is now in the database (null when someone deleted it). */
export function conflictCurrent<T>(failure: CallFailure): T | null | undefined {
  if (failure.code !== 'conflict') return undefined;
  const current = failure.details?.current;
  return current === undefined ? undefined : (current as T | null);
}
