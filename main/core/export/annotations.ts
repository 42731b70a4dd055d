// W3C Web Annotation JSON-LD: each claim is an Annotation with motivation "assessing" on the
// article's text (TextQuoteSelector + TextPositionSelector). A claim in the headline or teaser
// wraps each of those in a FragmentSelector naming the part (see partSelectors). One claim exports as a bare
// Annotation; any other number as an AnnotationCollection whose first (and only) page embeds
// the items, as in the model's §5 examples.
//
// What the model has no term for (the claim as reviewed, claimant, source stance) is added as
// JSON-LD extension properties: schema.org terms where schema.org has one (the anno.jsonld
// context already defines the "schema" prefix), and a small "factdesk" vocabulary otherwise,
// declared in a second @context entry as the model's extension rules allow. Consumers that only
// know the W3C model still see valid annotations; Factdesk reads its own terms back on import.
import { createHash } from 'node:crypto';
import type { ClaimPart, Source } from '@common/domain/types';
import type { ReportInput } from './types';
import type { ReportedArticle, ReportedClaim } from './report-model';
import { reportArticles } from './report-model';
import { safeHttpUrl } from '@common/domain/http-url';
import { stringifyJsonForHtml } from './json';

export const ANNOTATION_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
export const FACTDESK_VOCAB = 'urn:factdesk:vocab:';
export const ANNOTATION_CONTEXT = [ANNOTATION_CONTEXT_URL, { factdesk: FACTDESK_VOCAB }] as const;

/**
 * conformsTo of the FragmentSelector whose value names the part of the article ("headline",
 * "teaser") that its refinedBy selectors index. A tool that does not know it skips the selector
 * instead of placing a headline's offsets in the body text the target's hash names.
 */
export const PART_FRAGMENT = `${FACTDESK_VOCAB}part`;

/** urn:factdesk:claim:<first 16 hex of the text's SHA-256>:<claim id> (see claimKey). */
export const CLAIM_URN = /^urn:factdesk:claim:([0-9a-f]{16}):([1-9][0-9]*)$/;

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

export function renderAnnotations(input: ReportInput): string {
  return stringifyJsonForHtml(annotationDocument(input));
}

export function annotationDocument(input: ReportInput): JsonObject {
  const items = reportArticles(input).flatMap((a) => a.claims.map((c) => annotation(a, c)));
  const only = items[0];
  if (items.length === 1 && only) return { '@context': ANNOTATION_CONTEXT, ...only };
  // Named by the claims it holds, so the same selection gets the same id on every export.
  const digest = createHash('sha256')
    .update(items.map((i) => String(i.id)).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const id = `urn:factdesk:report:${digest}`;
  const org = input.organisation.name;
  const collection: JsonObject = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claim report${org ? ` – ${org}` : ''} – ${input.reportDate}`,
    total: items.length,
  };
  // An empty collection has no pages: the model requires `first` only when total > 0.
  if (items.length > 0) {
    collection.first = { id: `${id}:page:1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items };
  }
  return collection;
}

export function annotationId(c: ReportedClaim): string {
  return `urn:factdesk:claim:${c.key.replace('-', ':')}`;
}

function annotation(a: ReportedArticle, c: ReportedClaim): JsonObject {
  const { claim } = c;
  const { article } = a;
  const anno: JsonObject = { id: annotationId(c), type: 'Annotation', motivation: 'assessing' };
  if (claim.createdBy) anno.creator = { type: 'Person', name: claim.createdBy };
  if (isDateTime(claim.createdAt)) anno.created = claim.createdAt;
  if (isDateTime(claim.updatedAt)) anno.modified = claim.updatedAt;
  anno.generator = { type: 'Software', name: 'Factdesk' };
  anno['schema:claimReviewed'] = claim.claimReviewed;
  const item: JsonObject = { type: 'schema:Claim' };
  if (claim.claimant) item['schema:author'] = { type: 'schema:Person', 'schema:name': claim.claimant };
  if (claim.claimDate) item['schema:datePublished'] = claim.claimDate;
  anno['schema:itemReviewed'] = item;
  anno['factdesk:status'] = claim.status;
  if (claim.orphaned) anno['factdesk:orphaned'] = true;

  const body: JsonObject[] = [];
  if (c.verdict) {
    const verdict: JsonObject = {
      type: 'TextualBody',
      purpose: 'assessing',
      value: c.verdict.label,
      format: 'text/plain',
      'factdesk:verdict': c.verdict.key,
    };
    if (claim.verdictSetBy) verdict.creator = { type: 'Person', name: claim.verdictSetBy };
    body.push(verdict);
  }
  if (claim.rationale && claim.rationale.trim() !== '') {
    body.push({ type: 'TextualBody', purpose: 'describing', value: claim.rationale, format: 'text/plain' });
  }
  for (const s of c.sources) {
    const b = sourceBody(s);
    if (b) body.push(b);
  }
  if (body.length > 0) anno.body = body;

  const quote: JsonObject = { type: 'TextQuoteSelector', exact: claim.quote.exact };
  if (claim.quote.prefix !== '') quote.prefix = claim.quote.prefix;
  if (claim.quote.suffix !== '') quote.suffix = claim.quote.suffix;
  anno.target = {
    type: 'SpecificResource',
    // The web page when known, so annotation tools can show the claim there; otherwise the text
    // itself, named by its hash. The hash is always given: it names the exact text the selectors'
    // offsets index, and lets an importer find the article without relying on the URL.
    source: safeHttpUrl(article.url) ?? `urn:sha256:${article.contentHash.toLowerCase()}`,
    'factdesk:textSha256': article.contentHash.toLowerCase(),
    selector: partSelectors(claim.part, [quote, { type: 'TextPositionSelector', start: claim.position.start, end: claim.position.end }]),
  };
  return anno;
}

/**
 * Body claims keep the plain selectors every tool reads. Selectors on the headline or teaser are
 * alternatives as the model lists them, each a FragmentSelector for the part refined by one of the
 * text selectors.
 */
function partSelectors(part: ClaimPart, selectors: JsonObject[]): JsonObject[] {
  if (part === 'body') return selectors;
  return selectors.map((refinedBy) => ({ type: 'FragmentSelector', conformsTo: PART_FRAGMENT, value: part, refinedBy }));
}

/** A linking body for one source. Source URLs are http(s) by contract; anything else is skipped. */
function sourceBody(s: Source): JsonObject | null {
  const url = safeHttpUrl(s.url);
  if (url === null) return null;
  const resource: JsonObject = { id: url, type: 'Text' };
  if (s.title) resource['dc:title'] = s.title;
  if (s.publisher) resource['dc:publisher'] = s.publisher;
  if (s.date) resource['dc:date'] = s.date;
  const body: JsonObject = { type: 'SpecificResource', purpose: 'linking', source: resource, 'factdesk:stance': s.stance };
  if (s.excerpt) body['factdesk:excerpt'] = s.excerpt;
  const archive = safeHttpUrl(s.archiveUrl);
  if (archive) body['factdesk:archiveUrl'] = archive;
  return body;
}

// xsd:dateTime with a time zone, as the model asks for created/modified.
function isDateTime(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s));
}
