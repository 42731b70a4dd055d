// What the bridge checks before it lets a request near the core: that the caller holds this
// instance's token, and that an API call comes from the bridge's own page and not from another
// page in the same browser. Cookies ignore ports, so a page on another 127.0.0.1 port sends our
// cookie along; only the Origin, Sec-Fetch-Site, the JSON type and a custom header tell them apart.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Set by the bridge's client shim; a plain HTML form cannot send a custom header. */
export const CALLER_HEADER = 'x-factdesk';
export const CALLER_HEADER_VALUE = '1';

/**
 * The token cookie's name, one per instance: two bridges on 127.0.0.1 share one cookie jar in a
 * browser (cookies ignore ports), and one name would let the second log the first out.
 */
export function cookieName(port: number): string {
  return `factdesk_token_${port}`;
}

export function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

/** Constant-time token check; lengths are compared in bytes, since that is what timingSafeEqual needs. */
export function tokenMatches(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface Refusal {
  status: number;
  message: string;
}

/**
 * Null when an API call may go ahead. `ownOrigin` is the origin the request's Host names (already
 * checked to be this bridge's own). Browsers always send Origin with a POST and Sec-Fetch-Site with
 * every request; a program without a browser (a script holding the token) sends neither, and passes
 * on the JSON type and the header alone.
 */
export function refuseForeignCall(req: IncomingMessage, ownOrigin: string): Refusal | null {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ownOrigin) {
    return { status: 403, message: `Call refused: it came from another page or site (${origin}), not from the Factdesk workbench.` };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    return { status: 403, message: `Call refused: it came from another page or site (Sec-Fetch-Site: ${site}), not from the Factdesk workbench.` };
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, message: 'Call refused: Factdesk API calls must be JSON (Content-Type: application/json).' };
  }
  if (req.headers[CALLER_HEADER] !== CALLER_HEADER_VALUE) {
    return { status: 403, message: `Call refused: it did not come from the Factdesk page (the ${CALLER_HEADER} header is missing).` };
  }
  return null;
}
