// A search of the article list comes in two steps (issue 16): the articles whose own text
// matches (fast, shown at once), then those found only through claims or sources. Both come
// sorted in the list's order and never share an article, so the list is the two merged.
import type { ArticlePage, ArticleSummary } from '@common/domain/types';
import { publishedOrder } from '@common/domain/article-order';
import type { ArticleSort } from './ArticleList';

export interface ArticleListView {
  articles: ArticleSummary[];
  total: number;
  limit: number;
  /** The second step has not answered yet: `total` counts text matches only. */
  counting: boolean;
  /** More match than `total`: the search stopped counting (more than 10,000). */
  atLeast: boolean;
}

/** The text step alone (`related` null), or both merged into one page of the list. */
export function mergeSearchSteps(text: ArticlePage, related: ArticlePage | null, sort: ArticleSort): ArticleListView {
  const atLeast = text.totalAtLeast === true;
  if (related === null) return { articles: text.articles, total: text.total, limit: text.limit, counting: true, atLeast };
  const compare = COMPARE[sort];
  const merged: ArticleSummary[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < text.limit && (i < text.articles.length || j < related.articles.length)) {
    const a = text.articles[i];
    const b = related.articles[j];
    if (b === undefined || (a !== undefined && compare(a, b) <= 0)) {
      merged.push(a as ArticleSummary);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return { articles: merged, total: text.total + related.total, limit: text.limit, counting: false, atLeast };
}

/** A whole page as a view (no search, or a search asked in one step). */
export function pageView(page: ArticlePage): ArticleListView {
  return { articles: page.articles, total: page.total, limit: page.limit, counting: page.totalIncomplete === true, atLeast: page.totalAtLeast === true };
}

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;

/** Strings in SQLite's BINARY order: by code point, which is UTF-8's byte order. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const d = (x[k]?.codePointAt(0) ?? 0) - (y[k]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** SQLite's NOCASE folds ASCII letters only. */
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Newest first with undated (null) last, as `ORDER BY x DESC, id DESC` in SQLite. */
function newestFirst(key: (a: ArticleSummary) => string | null): Compare {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return byCodePoint(y, x);
    }
    return b.id - a.id;
  };
}

/** The same orders as the core's ORDER BY clauses (main/core/store/repositories/article-list.ts). */
const COMPARE: Record<ArticleSort, Compare> = {
  date: publishedOrder,
  imported: newestFirst((a) => a.importedAt),
  title: (a, b) => byCodePoint(asciiLower(a.title), asciiLower(b.title)) || a.id - b.id,
};
