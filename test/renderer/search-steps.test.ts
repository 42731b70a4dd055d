// The article list's search in two steps (issue 16): the articles whose text matches show at
// once, those found only through claims or sources are merged in when they arrive, in the list's
// order, and the total says it is still being counted until then.
import { describe, expect, it } from 'vitest';
import type { ArticlePage, ArticleSummary } from '@common/domain/types';
import { mergeSearchSteps } from '../../renderer/src/articles/searchSteps';

function article(id: number, fields: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    sourceName: null,
    publishedAt: null,
    language: 'en',
    category: null,
    claimCount: 0,
    openClaimCount: 0,
    textChangedAfterClaims: false,
    importedAt: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

function page(articles: ArticleSummary[], total: number, limit = 500, totalIncomplete?: true): ArticlePage {
  return totalIncomplete ? { articles, total, offset: 0, limit, totalIncomplete } : { articles, total, offset: 0, limit };
}

const ids = (list: { articles: ArticleSummary[] }) => list.articles.map((a) => a.id);

describe('the search in two steps', () => {
  it('shows the text matches first and says the total is still being counted', () => {
    const text = page([article(3), article(1)], 2, 500, true);
    const shown = mergeSearchSteps(text, null, 'date');
    expect(ids(shown)).toEqual([3, 1]);
    expect([shown.total, shown.counting]).toEqual([2, true]);
  });

  it('merges the second step in date order (undated last, newest id first among equals) and adds the totals', () => {
    const text = page(
      [article(5, { publishedAt: '2024-05-01' }), article(2, { publishedAt: '2023-01-01' }), article(9), article(4)],
      4,
      500,
      true,
    );
    const related = page([article(7, { publishedAt: '2024-06-01' }), article(8, { publishedAt: '2023-01-01' }), article(6)], 3);
    const shown = mergeSearchSteps(text, related, 'date');
    expect(ids(shown)).toEqual([7, 5, 8, 2, 9, 6, 4]);
    expect([shown.total, shown.counting]).toEqual([7, false]);
  });

  it('merges by the moment of publication, as the core’s list key orders it: a time zone counts, a time without one is UTC', () => {
    const text = page(
      [article(1, { publishedAt: '2024-03-04T06:40:00-08:00' }), article(2, { publishedAt: '2024-03-04T12:00:00' }), article(3, { publishedAt: '2024-03-04' })],
      3,
      500,
      true,
    );
    const related = page([article(4, { publishedAt: '2024-03-04T10:00:00Z' }), article(5, { publishedAt: '2024-03-04T23:30:00+14:00' })], 2);
    // 14:40 UTC, 12:00 UTC, 10:00 UTC, 09:30 UTC, midnight UTC (the text order put +14:00 first).
    expect(ids(mergeSearchSteps(text, related, 'date'))).toEqual([1, 2, 4, 5, 3]);
  });

  it('says when the text step stopped counting ("more than 10,000"), also once merged', () => {
    const text: ArticlePage = { articles: [article(2), article(1)], total: 10_000, offset: 0, limit: 2, totalIncomplete: true, totalAtLeast: true };
    expect(mergeSearchSteps(text, null, 'date')).toMatchObject({ total: 10_000, counting: true, atLeast: true });
    expect(mergeSearchSteps(text, page([article(3)], 1), 'date')).toMatchObject({ total: 10_001, counting: false, atLeast: true });
    expect(mergeSearchSteps(page([article(2)], 1, 500, true), page([], 0), 'date').atLeast).toBe(false);
  });

  it('keeps one page: the first `limit` of both steps together', () => {
    const text = page([article(10, { publishedAt: '2024-01-03' }), article(9, { publishedAt: '2024-01-01' })], 40, 2, true);
    const related = page([article(3, { publishedAt: '2024-01-02' }), article(2, { publishedAt: '2023-01-01' })], 12, 2);
    const shown = mergeSearchSteps(text, related, 'date');
    expect(ids(shown)).toEqual([10, 3]);
    expect([shown.total, shown.limit]).toEqual([52, 2]);
  });

  it('merges by import time, and by title as SQLite’s NOCASE orders it (ASCII letters folded, then id)', () => {
    const byImport = mergeSearchSteps(
      page([article(1, { importedAt: '2026-03-01T00:00:00Z' }), article(2, { importedAt: '2026-01-01T00:00:00Z' })], 2, 500, true),
      page([article(3, { importedAt: '2026-02-01T00:00:00Z' })], 1),
      'imported',
    );
    expect(ids(byImport)).toEqual([1, 3, 2]);
    const byTitle = mergeSearchSteps(
      page([article(4, { title: 'alpha' }), article(1, { title: 'Zeta' }), article(6, { title: 'Ärger' })], 3, 500, true),
      page([article(2, { title: 'Beta' }), article(3, { title: 'zeta' }), article(5, { title: 'Ábc' })], 3),
      'title',
    );
    expect(ids(byTitle)).toEqual([4, 2, 1, 3, 5, 6]);
  });
});
