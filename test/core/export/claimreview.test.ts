// ClaimReview JSON-LD against Google's rules and against what real fact-checkers publish.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimReviews, renderClaimReview } from '../../../main/core/export';
import { errorsOf, validateRecommended, validateRequired } from './claimreview-rules';
import { claimOn, FIXTURES, sampleArticle, sampleReport } from './sample-report';

const EXAMPLES = join(FIXTURES, 'conformance/claimreview');

function readExample(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Every key path of a JSON value ("reviewRating.alternateName"), without array indexes. */
function keyPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(value)) value.forEach((v) => keyPaths(v, prefix).forEach((p) => out.add(p)));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.add(path);
      keyPaths(v, path).forEach((p) => out.add(p));
    }
  }
  return out;
}

describe('ClaimReview export', () => {
  const [review] = claimReviews(sampleReport());

  it('has one review for the sample claim, meeting every rule Google requires and recommends', () => {
    expect(claimReviews(sampleReport())).toHaveLength(1);
    expect(validateRequired(review), errorsOf(validateRequired)).toBe(true);
    expect(validateRecommended(review), errorsOf(validateRecommended)).toBe(true);
  });

  it('takes the rating from the verdict scale, with both bounds', () => {
    expect(review?.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Mostly true',
    });
  });

  it('uses the same fields as the real publishers’ markup for everything Google reads', () => {
    const ours = keyPaths(review);
    for (const file of readdirSync(join(EXAMPLES, 'real-world')).sort()) {
      const example = readExample(join(EXAMPLES, 'real-world', file));
      // The real examples pass Google's required rules, so the rule set is not stricter than reality.
      expect(validateRequired(example), `${file}: ${errorsOf(validateRequired)}`).toBe(true);
      const googleFields = [...keyPaths(example)].filter((p) =>
        /^(claimReviewed|url|datePublished|author(\.(name|@type))?|reviewRating(\.(ratingValue|bestRating|worstRating|alternateName|@type))?|itemReviewed(\.(author(\.name)?|datePublished))?|@context|@type)$/.test(
          p,
        ),
      );
      for (const p of googleFields) expect(ours.has(p), `${file} has ${p}, ours does not`).toBe(true);
    }
  });

  it('flags the schema.org example that lacks a rating, so the rules can fail', () => {
    expect(validateRequired(readExample(join(EXAMPLES, 'eg-0325-ClaimReview.json')))).toBe(false);
  });

  it('gives an Unverifiable verdict only its label, never a made-up number', () => {
    const input = sampleReport();
    const detail = input.articles[0]!;
    detail.claims[0] = { ...detail.claims[0]!, verdict: 'unverifiable' };
    const [r] = claimReviews(input);
    expect(r?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
    expect(validateRequired(r), errorsOf(validateRequired)).toBe(true);
  });

  it('skips claims without a verdict and keeps report order', () => {
    const article = { ...sampleArticle(), url: 'https://example.com/news/putin-lukaschenko' };
    const early = claimOn(article, 'Präsident Wladimir Putin', { id: 7, verdict: 'true', claimant: 'Reporter' });
    const open = claimOn(article, 'Lukaschenko erlaubte dem Kreml', { id: 3 });
    const late = claimOn(article, 'nuklearen Kurzstreckenwaffen', { id: 2, verdict: 'false' });
    const input = { ...sampleReport(), articles: [{ article, claims: [late, open, early], sources: [] }] };
    const reviews = claimReviews(input);
    expect(reviews.map((r) => r.claimReviewed)).toEqual([early.claimReviewed, late.claimReviewed]);
    const appearance = (reviews[0]?.itemReviewed as { appearance: { url: string } }).appearance;
    expect(appearance.url).toBe('https://example.com/news/putin-lukaschenko');
    expect(reviews[1]?.url).toBe('https://factcheck.example.org/#claim-9b7ee1e5cd1fc7a6-2');
  });

  it('leaves url out for an unpublished claim when no organisation URL is set (Google will then report it missing)', () => {
    const input = { ...sampleReport(), organisation: { name: 'Desk', url: null, logoUrl: null } };
    const detail = input.articles[0]!;
    detail.claims[0] = { ...detail.claims[0]!, status: 'approved', publishedAt: null, publishedBy: null, publishedUrl: null };
    const [r] = claimReviews(input);
    expect(r).not.toHaveProperty('url');
    expect(r?.author).toEqual({ '@type': 'Organization', name: 'Desk' });
  });

  it('is valid JSON that can be pasted into a script block', () => {
    const text = renderClaimReview(sampleReport());
    expect(JSON.parse(text)).toEqual(claimReviews(sampleReport()));
  });
});
