// The one rule for web addresses: Factdesk stores, opens and exports only http(s) URLs, so a
// `javascript:` or `file:` address can never reach a browser, a shell or a report.

/** True for the two protocols we accept (as `URL.protocol` spells them, with the colon). */
export function isWebProtocol(protocol: string): boolean {
  return protocol === 'http:' || protocol === 'https:';
}

/** The parsed URL when `url` is an absolute http(s) address, else null. Does not trim. */
export function parseHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return isWebProtocol(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

export function isHttpUrl(url: string): boolean {
  return parseHttpUrl(url) !== null;
}

/** A normalised http(s) URL (trimmed, percent-encoded by WHATWG URL), or null for anything else. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return parseHttpUrl(url.trim())?.href ?? null;
}
