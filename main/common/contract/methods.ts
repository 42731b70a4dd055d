// The method names as a plain list, so the sandboxed preload needs no runtime import of the
// contract (and its schema library). The type check below fails when this list and the
// contract disagree.
import type { MethodName } from './index';

export const METHOD_NAMES = [
  'getDatabaseInfo',
  'getRecentDatabases',
  'switchDatabase',
  'pickDatabaseFile',
  'listArticles',
  'getArticle',
  'updateArticle',
  'importFiles',
  'importAnnotations',
  'createClaim',
  'createClaimFromQuote',
  'updateClaim',
  'deleteClaim',
  'addSource',
  'updateSource',
  'deleteSource',
  'getVerdictScale',
  'changesSince',
  'waitForChanges',
  'getHistory',
  'listComments',
  'addComment',
  'resolveComment',
  'renderExport',
  'getSettings',
  'updateSettings',
  'getPreferences',
  'setPreferences',
  'heartbeat',
  'openExternal',
  'listReviewers',
  'listQueue',
  'getSaveStatus',
  'openSampleArticle',
  'removeSampleArticle',
  'importUrls',
  'archiveSource',
  'listEvidence',
  'addEvidence',
  'readEvidence',
  'openEvidence',
  'removeEvidence',
  'listArticleVersions',
  'reattachClaim',
  'getArticleVersion',
  'diffArticleVersions',
  'publishClaim',
  'unpublishClaim',
  'listCorrections',
  'addVerdict',
  'updateVerdict',
  'removeVerdict',
  'setRatingRange',
  'claimDates',
  'similarClaims',
  'articleSuggestions',
  'judgeSuggestion',
] as const satisfies readonly MethodName[];

/**
 * The calls that only read and come in bursts after every change (lists, counts, panels). The
 * browser bridge lets at most READ_CONNECTIONS of them be in flight, so of Chromium's six
 * connections to one host one stays free for edits and one for the live feed's held call.
 */
export const BURST_READ_METHODS = [
  'getDatabaseInfo',
  'listArticles',
  'getArticle',
  'getVerdictScale',
  'changesSince',
  'getHistory',
  'listComments',
  'getSettings',
  'getPreferences',
  'listReviewers',
  'listQueue',
  'getSaveStatus',
  'listEvidence',
  'listArticleVersions',
  'getArticleVersion',
  'diffArticleVersions',
  'listCorrections',
  'claimDates',
  'similarClaims',
  'articleSuggestions',
] as const satisfies readonly MethodName[];

/** Chromium's six connections per host, less one for an edit and one for the held live-feed call. */
export const READ_CONNECTIONS = 4;

type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
// If this line fails to compile, a contract method is missing from METHOD_NAMES.
export const METHOD_LIST_IS_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/** IPC channel of one method: one channel per method, never a generic one. */
export function channelOf(method: (typeof METHOD_NAMES)[number]): string {
  return `factdesk:${method}`;
}
