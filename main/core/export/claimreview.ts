// schema.org ClaimReview JSON-LD, one object per claim that has a verdict, following Google's
// Fact Check markup rules (required: claimReviewed, reviewRating.alternateName, url; recommended:
// author, datePublished, itemReviewed as a Claim with author/datePublished/appearance).
//
// Layout: a top-level JSON array of complete ClaimReview objects, each with its own @context.
// A publisher embeds one review per fact-check page, so each element must stand alone when
// copied into a <script type="application/ld+json"> block; an @graph would share the context
// and make every element depend on its container. JSON-LD processors and Google's parser accept a
// top-level array, and the output keeps the same shape whether it holds one review or many.
import type { ReportInput } from './types';
import type { ReportedArticle, ReportedClaim } from './report-model';
import { reportArticles } from './report-model';
import { safeHttpUrl } from '@common/domain/http-url';
import { stringifyJsonForHtml } from './json';

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export function renderClaimReview(input: ReportInput): string {
  return stringifyJsonForHtml(claimReviews(input));
}

export function claimReviews(input: ReportInput): JsonObject[] {
  const reviews: JsonObject[] = [];
  for (const a of reportArticles(input)) {
    for (const c of a.claims) if (c.verdict) reviews.push(claimReview(input, a, c));
  }
  return reviews;
}

function claimReview(input: ReportInput, a: ReportedArticle, c: ReportedClaim): JsonObject {
  const { claim } = c;
  const review: JsonObject = { '@context': 'https://schema.org', '@type': 'ClaimReview' };
  // The published fact-check's address; a claim exported before it is published
  // (--include-unpublished) points at the organisation's site, named by the claim's key.
  const url = safeHttpUrl(claim.publishedUrl) ?? reviewUrl(input.organisation.url, c.key);
  if (url) review.url = url;
  review.claimReviewed = claim.claimReviewed;
  // The day it was published, kept through corrections; an unpublished claim has only the
  // report's date, which is deterministic for a given export.
  review.datePublished = claim.publishedAt ?? input.reportDate;
  if (claim.modifiedAt) review.dateModified = claim.modifiedAt;
  const author = organisation(input);
  if (author) review.author = author;
  review.reviewRating = rating(input, c);
  review.itemReviewed = itemReviewed(a, c);
  if (claim.rationale && claim.rationale.trim() !== '') review.reviewBody = claim.rationale;
  return review;
}

/** The organisation's URL with a fragment naming the claim (the same id the HTML report uses). */
function reviewUrl(organisationUrl: string | null, key: string): string | null {
  const href = safeHttpUrl(organisationUrl);
  if (href === null) return null;
  const u = new URL(href);
  u.hash = `claim-${key}`;
  return u.href;
}

function organisation(input: ReportInput): JsonObject | null {
  const { name } = input.organisation;
  const url = safeHttpUrl(input.organisation.url);
  if (!name && !url) return null;
  const org: JsonObject = { '@type': 'Organization' };
  if (name) org.name = name;
  if (url) org.url = url;
  const logo = safeHttpUrl(input.organisation.logoUrl);
  if (logo) org.logo = { '@type': 'ImageObject', url: logo };
  return org;
}

function rating(input: ReportInput, c: ReportedClaim): JsonObject {
  const verdict = c.verdict;
  if (verdict === null) throw new Error('rating() is only called for claims with a verdict');
  if (verdict.ratingValue === null) {
    // A label outside the numeric scale (e.g. "Unverifiable"). Google displays alternateName as
    // the rating and treats ratingValue/bestRating/worstRating as recommended, not required, so
    // the label alone is valid markup; a made-up number would place the claim on a scale it is
    // not on, and best/worst without a value would only imply one.
    return { '@type': 'Rating', alternateName: verdict.label };
  }
  // Always both bounds: schema.org assumes 5 and 1 when they are missing, which misreads most scales.
  return {
    '@type': 'Rating',
    ratingValue: verdict.ratingValue,
    bestRating: input.scale.bestRating,
    worstRating: input.scale.worstRating,
    alternateName: verdict.label,
  };
}

function itemReviewed(a: ReportedArticle, c: ReportedClaim): JsonObject {
  const { claim } = c;
  const { article } = a;
  const item: JsonObject = { '@type': 'Claim' };
  // Factdesk records the claimant's name only; a claimant is most often a person, and Google
  // accepts Person or Organization alike.
  if (claim.claimant) item.author = { '@type': 'Person', name: claim.claimant };
  if (claim.claimDate) item.datePublished = claim.claimDate;
  // CreativeWork rather than NewsArticle: Factdesk also imports plain text and Markdown.
  const appearance: JsonObject = { '@type': 'CreativeWork' };
  const url = safeHttpUrl(article.url);
  if (url) appearance.url = url;
  appearance.headline = article.title;
  if (article.publishedAt) appearance.datePublished = article.publishedAt;
  if (article.sourceName) appearance.publisher = { '@type': 'Organization', name: article.sourceName };
  if (article.language) appearance.inLanguage = article.language;
  item.appearance = appearance;
  return item;
}
