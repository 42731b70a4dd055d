// A reloaded article detail keeps the objects that did not change, so the claims list and the
// highlights only redo what changed (issue 6: marking in an article with 300 claims).
import { describe, expect, it } from 'vitest';
import type { Article, ArticleDetail, Claim, Source } from '@common/domain/types';
import { keepUnchanged } from '../../renderer/src/articles/detail';

const article = {
  id: 1,
  title: 'Putin und Lukaschenko',
  text: 'Eins. Zwei. Drei.',
  revision: 2,
} as Article;

function claim(id: number, start: number, revision = 0): Claim {
  return {
    id,
    articleId: 1,
    part: 'body',
    quote: { exact: 'x', prefix: '', suffix: '' },
    position: { start, end: start + 4 },
    orphaned: false,
    claimReviewed: 'x',
    claimant: null,
    claimDate: null,
    verdict: null,
    rationale: null,
    status: 'draft',
    assignee: null,
    verdictSetBy: null,
    approvedBy: null,
    publishedAt: null,
    publishedBy: null,
    publishedUrl: null,
    modifiedAt: null,
    createdBy: 'anna',
    createdAt: '2024-03-01T00:00:00Z',
    updatedAt: '2024-03-01T00:00:00Z',
    revision,
  };
}

const source = { id: 5, claimId: 1, url: 'https://example.org/', title: null } as Source;

/** The same detail as the core sends it again: equal, but every object new. */
const again = (d: ArticleDetail): ArticleDetail => JSON.parse(JSON.stringify(d)) as ArticleDetail;

describe('a reloaded article detail', () => {
  const before: ArticleDetail = { article, claims: [claim(1, 0), claim(2, 6), claim(3, 12)], sources: [source] };

  it('is the same objects when nothing changed', () => {
    const after = keepUnchanged(before, again(before));
    expect(after.article).toBe(before.article);
    expect(after.claims).toBe(before.claims);
    expect(after.sources).toBe(before.sources);
  });

  it('replaces only the claim that changed, and the list around it', () => {
    const next = again(before);
    next.claims[1] = { ...claim(2, 6, 1), verdict: 'false' };
    const after = keepUnchanged(before, next);
    expect(after.claims).not.toBe(before.claims);
    expect(after.claims[0]).toBe(before.claims[0]);
    expect(after.claims[1]).toEqual(next.claims[1]);
    expect(after.claims[1]).not.toBe(before.claims[1]);
    expect(after.claims[2]).toBe(before.claims[2]);
    expect(after.article).toBe(before.article);
  });

  it('takes a claim that changed without a new revision (re-anchored) as changed', () => {
    const next = again(before);
    next.claims[2] = { ...claim(3, 12), orphaned: true };
    const after = keepUnchanged(before, next);
    expect(after.claims[2]?.orphaned).toBe(true);
    expect(after.claims[0]).toBe(before.claims[0]);
  });

  it('shows added and deleted claims, and a new article revision', () => {
    const next = again(before);
    next.claims = [next.claims[0] as Claim, claim(4, 3)];
    next.article = { ...article, revision: 3, text: 'Eins. Zwei!' };
    const after = keepUnchanged(before, next);
    expect(after.claims.map((c) => c.id)).toEqual([1, 4]);
    expect(after.claims[0]).toBe(before.claims[0]);
    expect(after.article.revision).toBe(3);
  });

  it('keeps nothing of another article', () => {
    const other = { ...again(before), article: { ...article, id: 2 } };
    const after = keepUnchanged(before, other);
    expect(after).toBe(other);
    expect(keepUnchanged(null, other)).toBe(other);
  });
});
