// The article list's date order (schema 10): newest moment of publication first, undated articles
// last, ties (the same second) newest article first. The core sorts by the list key in SQL
// (migrations/010_date_keyed_search.sql); the renderer merges a search's two steps with this, so
// both must read a date the same way: as SQLite's unixepoch() does, a time without a zone is UTC.
import type { ArticleSummary } from './types';

/** The key's clamp: seconds from 1698 to 2242 (2^33 s around 1970), as the SQL key clamps them. */
const SHIFT = 2 ** 33;
const LAST = 2 ** 34 - 1;

const TIME_WITHOUT_ZONE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** The date's place in the order (SQLite's unixepoch, shifted and clamped); 0 when undated. */
export function publishedRank(publishedAt: string | null): number {
  if (publishedAt === null) return 0;
  const ms = Date.parse(TIME_WITHOUT_ZONE.test(publishedAt) ? `${publishedAt}Z` : publishedAt);
  if (Number.isNaN(ms)) return 0;
  // unixepoch() drops the fraction of a second (toward zero, also before 1970).
  return Math.min(Math.max(Math.trunc(ms / 1000) + SHIFT, 1), LAST);
}

/** Newest first, as `ORDER BY list key DESC` in the core. */
export function publishedOrder(a: Pick<ArticleSummary, 'publishedAt' | 'id'>, b: Pick<ArticleSummary, 'publishedAt' | 'id'>): number {
  return publishedRank(b.publishedAt) - publishedRank(a.publishedAt) || b.id - a.id;
}
