// The address of a claim's published fact-check, from the desk's URL pattern: {id} is the claim's
// id, {slug} a readable part made from the claim as reviewed. Shared by the core (which stores the
// address when publishing) and the settings screen (which shows an example).
import { isHttpUrl } from './http-url';
import type { Problem } from './problem';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(['id', 'slug']);

/** "Der Einsatz … in Weißrussland" → "der-einsatz-in-weissrussland"; at most 80 characters, cut at a word. */
export function slugOf(text: string): string {
  const ascii = text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= 80) return ascii || 'claim';
  const cut = ascii.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}

/** Why a URL pattern cannot be used (common:problem.urlPattern*), or null when it can. */
export function urlPatternProblem(pattern: string): Problem | null {
  const names = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  const unknown = names.find((n) => !KNOWN.has(n));
  if (unknown !== undefined) return { key: 'urlPatternPlaceholder', values: { name: unknown } };
  if (names.length === 0) return { key: 'urlPatternNeedsPlaceholder', values: {} };
  if (!isHttpUrl(fillPattern(pattern, 1, 'claim'))) return { key: 'urlPatternNotHttp', values: { pattern } };
  return null;
}

function fillPattern(pattern: string, id: number, slug: string): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => (name === 'id' ? String(id) : encodeURIComponent(slug)));
}

/** The fact-check's address for a claim, or null when the pattern is missing or unusable. */
export function publicationUrl(pattern: string | null, claim: { id: number; claimReviewed: string }): string | null {
  if (pattern === null || urlPatternProblem(pattern) !== null) return null;
  return fillPattern(pattern, claim.id, slugOf(claim.claimReviewed));
}
