// Fetching one web page for import or archiving: redirects followed one by one and recorded, one
// deadline for the whole fetch, a size limit checked while the body streams in, and refusals as
// sentences. Nothing here touches the database.
import { createHash } from 'node:crypto';
import { FactdeskError } from '@common/domain/errors';
import type { Redirect } from '@common/domain/evidence';
import { parseHttpUrl } from '@common/domain/http-url';
import type { Problem } from '@common/domain/problem';
import { problemText } from '@common/i18n/problems';

export interface FetchLimits {
  /** The whole fetch, redirects and body included. */
  timeoutMs: number;
  /** Bytes of the body after content decoding (a gzip bomb is refused like a huge page). */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 10 };

export interface FetchedPage {
  requestedUrl: string;
  finalUrl: string;
  redirects: Redirect[];
  status: number;
  /** The media type without parameters, lower case ("text/html"). */
  mediaType: string;
  /** The full Content-Type header as sent. */
  contentType: string;
  /** The charset named in the Content-Type header, if any. */
  charset: string | null;
  fetchedAt: string;
  bytes: Uint8Array;
  sha256: string;
}

export type FetchRefusal = 'unreachable' | 'http_error' | 'too_large' | 'too_slow' | 'not_html' | 'redirects' | 'no_article';

/** A refusal said by key (common:problem.import.*): English as the message, the Problem in details. */
export function refuseFetch(url: string, reason: FetchRefusal, problem: Problem): FactdeskError {
  return new FactdeskError('bad_import', problemText('en', problem), { url, reason, problem });
}

function fetchProblem(key: string, values: Record<string, string | number>): Problem {
  return { key: `import.${key}`, values };
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export interface FetchOptions {
  limits?: Partial<FetchLimits>;
  /** Media types accepted; default HTML only. Archiving takes anything. */
  acceptAny?: boolean;
  /** What a refusal says did not happen (default imported: "nothing was imported"). */
  nothingWas?: 'imported' | 'archived';
  now?: () => Date;
}

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  const NOTHING = nothingOf(options);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    return await fetchWithin(url, limits, options, controller.signal);
  } catch (e) {
    if (e instanceof FactdeskError) throw e;
    if (controller.signal.aborted) {
      throw refuseFetch(url, 'too_slow', fetchProblem('webTooSlow', { url, seconds: limits.timeoutMs / 1000, nothing: NOTHING }));
    }
    throw refuseFetch(url, 'unreachable', fetchProblem('webUnreachable', { url, ...networkReason(e), nothing: NOTHING }));
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin(url: string, limits: FetchLimits, options: FetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  const NOTHING = nothingOf(options);
  const redirects: Redirect[] = [];
  let current = url;
  for (;;) {
    // Redirects by hand: each hop is recorded, and each must stay on http(s).
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', 'user-agent': 'Factdesk (fact-checking workbench)' },
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      redirects.push({ url: current, status: response.status });
      if (redirects.length > limits.maxRedirects) {
        throw refuseFetch(url, 'redirects', fetchProblem('webRedirects', { url, max: limits.maxRedirects, nothing: NOTHING }));
      }
      const next = parseHttpUrl(new URL(location, current).href);
      if (next === null) throw refuseFetch(url, 'redirects', fetchProblem('webRedirectNotWeb', { url, location, nothing: NOTHING }));
      current = next.href;
      continue;
    }
    if (response.status >= 400) {
      await response.body?.cancel();
      // The status text is the server's own words (e.g. "Not Found"), quoted as sent.
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw refuseFetch(url, 'http_error', fetchProblem('webHttpError', { url: current, status: String(response.status), statusText, nothing: NOTHING }));
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!options.acceptAny && !HTML_TYPES.has(mediaType)) {
      await response.body?.cancel();
      throw refuseFetch(url, 'not_html', fetchProblem('webNotHtml', { url: current, mediaType: mediaType || 'none' }));
    }
    const declared = Number(response.headers.get('content-length'));
    // Content-Length counts encoded bytes: only an unencoded body can be refused before reading it.
    if (!response.headers.get('content-encoding') && declared > limits.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, limits.maxBytes, NOTHING);
    }
    const bytes = await readLimited(response, url, limits.maxBytes, NOTHING);
    return {
      requestedUrl: url,
      finalUrl: current,
      redirects,
      status: response.status,
      mediaType,
      contentType,
      charset: charsetOf(contentType),
      fetchedAt: (options.now ?? (() => new Date()))().toISOString(),
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  }
}

/** The body, read chunk by chunk and stopped as soon as it passes the limit. */
async function readLimited(response: Response, url: string, maxBytes: number, nothing: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes, nothing);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}

function tooLarge(url: string, maxBytes: number, nothing: string): FactdeskError {
  return refuseFetch(url, 'too_large', fetchProblem('webTooLarge', { url, max: Math.round(maxBytes / 1024 / 1024), nothing }));
}

function nothingOf(options: FetchOptions): string {
  return options.nothingWas ?? 'imported';
}

export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

/** The system's reason for a failed connection, as the values common:problem.import.webUnreachable words. */
function networkReason(e: unknown): { because: string; detail: string } {
  const cause = (e as { cause?: { code?: string; message?: string } } | null)?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return { because: 'refused', detail: '' };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { because: 'noHost', detail: '' };
    case 'ECONNRESET':
      return { because: 'reset', detail: '' };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { because: 'noRoute', detail: '' };
    default:
      return { because: 'other', detail: cause?.message ?? (e instanceof Error ? e.message : String(e)) };
  }
}
