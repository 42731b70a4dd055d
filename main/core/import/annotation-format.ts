// Reads a Web Annotation export back (ours or another tool's) into plain claim data, checking
// its shape on the way. Where the claims land is decided afterwards by anchoring each quote in
// the receiving database's article text (anchoring/anchor.ts).
import type { ClaimPart, ClaimStatus, SourceDescription, SourceStance, TextPositionSelector, TextQuoteSelector } from '@common/domain/types';
import { CLAIM_PARTS, CLAIM_STATUSES, SOURCE_STANCES } from '@common/domain/types';
import { FactdeskError } from '@common/domain/errors';
import { calendarDateProblem, claimDateProblem, type DateSubject } from '@common/domain/dates';
import type { Problem } from '@common/domain/problem';
import { problemText } from '@common/i18n/problems';
import { CLAIM_URN, PART_FRAGMENT } from '../export/annotations';

/** A source as an annotation describes it; its stance is "context" when the annotation did not say. */
export type ImportedSource = SourceDescription;

export interface ImportedAnnotation {
  /** The annotation's IRI, when it has one. */
  id: string | null;
  /** Claim id in the exporting database, when the id is a Factdesk claim URN. */
  claimId: number | null;
  /** target.source: the article's URL or urn:sha256:<hash>. */
  targetSource: string;
  /** SHA-256 (hex) of the text the selectors index, when known. */
  textSha256: string | null;
  /** Which text of the article the selectors index; the body unless a part selector says otherwise. */
  part: ClaimPart;
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
  claimReviewed: string | null;
  claimant: string | null;
  claimDate: string | null;
  /** The assessing body: its label and, for Factdesk exports, the verdict key. */
  verdict: { key: string | null; label: string } | null;
  rationale: string | null;
  status: ClaimStatus | null;
  sources: ImportedSource[];
}

const MAX_TEXT = 100_000;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function hasType(o: Obj, type: string): boolean {
  return asList(o.type).includes(type);
}

class ShapeError extends Error {}

function optString(o: Obj, key: string, max = MAX_TEXT): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new ShapeError(`"${key}" must be a string`);
  if (v.length > max) throw new ShapeError(`"${key}" is longer than ${max} characters`);
  return v;
}

/** A date field: a calendar date (as the API requires for claim and source dates), or null. */
function optDate(
  o: Obj,
  key: string,
  label: string,
  what: DateSubject,
  problemOf: (value: string, what: DateSubject) => Problem | null = calendarDateProblem,
): string | null {
  const v = optString(o, key, 100);
  const problem = v === null ? null : problemOf(v, what);
  // An import's refusals are English (bad_import); the label names the field in the same words.
  if (problem !== null) throw new ShapeError(`${label} ${problemText('en', problem)}`);
  return v;
}

/**
 * Accepts one Annotation, an AnnotationCollection with its first page embedded, an
 * AnnotationPage, or a JSON array of annotations. Throws FactdeskError('bad_import') naming the
 * annotation and the problem.
 */
export function parseAnnotationExport(json: unknown): ImportedAnnotation[] {
  return annotationsIn(json).map((a, i) => {
    const label = `Annotation ${i + 1}${isObj(a) && typeof a.id === 'string' ? ` (${a.id})` : ''}`;
    try {
      return parseAnnotation(a);
    } catch (e) {
      if (e instanceof ShapeError) throw new FactdeskError('bad_import', `${label}: ${e.message}.`, { index: i });
      throw e;
    }
  });
}

function annotationsIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObj(json)) throw new FactdeskError('bad_import', 'This is not a Web Annotation export: expected a JSON object or array.');
  if (hasType(json, 'Annotation')) return [json];
  if (hasType(json, 'AnnotationPage')) return pageItems(json);
  if (hasType(json, 'AnnotationCollection')) {
    if (json.first === undefined) return [];
    if (!isObj(json.first)) {
      throw new FactdeskError(
        'bad_import',
        'This AnnotationCollection refers to its pages by URL; only exports with the pages included can be imported.',
      );
    }
    return pageItems(json.first);
  }
  throw new FactdeskError(
    'bad_import',
    'This is not a Web Annotation export: its type is not Annotation, AnnotationPage or AnnotationCollection.',
  );
}

function pageItems(page: Obj): unknown[] {
  if (!Array.isArray(page.items)) throw new FactdeskError('bad_import', 'The AnnotationPage has no "items" list.');
  if (page.next !== undefined) {
    throw new FactdeskError('bad_import', 'This export spans several pages; only single-page exports can be imported.');
  }
  return page.items;
}

function parseAnnotation(a: unknown): ImportedAnnotation {
  if (!isObj(a)) throw new ShapeError('is not a JSON object');
  if (!hasType(a, 'Annotation')) throw new ShapeError('its type is not "Annotation"');
  const id = optString(a, 'id', 2_000);
  const urn = id === null ? null : CLAIM_URN.exec(id);
  const target = quotedTarget(a.target);
  const item = a['schema:itemReviewed'];
  if (item !== undefined && !isObj(item)) throw new ShapeError('"schema:itemReviewed" must be an object');
  const author = item?.['schema:author'];
  if (author !== undefined && !isObj(author)) throw new ShapeError('"schema:itemReviewed" author must be an object');
  const status = optString(a, 'factdesk:status', 100);
  if (status !== null && !(CLAIM_STATUSES as readonly string[]).includes(status)) {
    throw new ShapeError(`unknown review status "${status}"`);
  }
  const bodies = parseBodies(a.body);
  return {
    id,
    claimId: urn ? Number(urn[2]) : null,
    ...target,
    claimReviewed: optString(a, 'schema:claimReviewed'),
    claimant: author ? optString(author, 'schema:name', 2_000) : null,
    claimDate: item ? optDate(item, 'schema:datePublished', 'its claim date', 'claim', claimDateProblem) : null,
    status: status as ClaimStatus | null,
    ...bodies,
  };
}

function quotedTarget(
  target: unknown,
): Pick<ImportedAnnotation, 'targetSource' | 'textSha256' | 'part' | 'quote' | 'position'> {
  for (const t of asList(target)) {
    if (!isObj(t)) continue;
    const { part, selectors } = textSelectors(asList(t.selector).filter(isObj));
    const quoteSel = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
    if (!quoteSel) continue;
    const source = typeof t.source === 'string' ? t.source : isObj(t.source) && typeof t.source.id === 'string' ? t.source.id : null;
    if (source === null) throw new ShapeError('the target has no "source"');
    const exact = optString(quoteSel, 'exact');
    if (exact === null || exact === '') throw new ShapeError('the TextQuoteSelector has no "exact" text');
    const quote = { exact, prefix: optString(quoteSel, 'prefix') ?? '', suffix: optString(quoteSel, 'suffix') ?? '' };
    const posSel = selectors.find((s) => hasType(s, 'TextPositionSelector'));
    let position: TextPositionSelector | null = null;
    if (posSel) {
      const { start, end } = posSel;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        throw new ShapeError('the TextPositionSelector needs integer "start" ≤ "end"');
      }
      position = { start: start as number, end: end as number };
    }
    const declared = optString(t, 'factdesk:textSha256', 64);
    const fromUrn = /^urn:sha256:([0-9a-f]{64})$/i.exec(source)?.[1] ?? null;
    const hash = (declared ?? fromUrn)?.toLowerCase() ?? null;
    if (hash !== null && !/^[0-9a-f]{64}$/.test(hash)) throw new ShapeError('"factdesk:textSha256" is not a SHA-256 hex digest');
    return { targetSource: source, textSha256: hash, part, quote, position };
  }
  throw new ShapeError('no target with a TextQuoteSelector (Factdesk anchors claims by quote)');
}

/**
 * The text selectors of a target and the part they index: the plain ones (the body), or those
 * refining Factdesk's part FragmentSelectors (see annotations.ts), which all name one part.
 */
function textSelectors(selectors: Obj[]): { part: ClaimPart; selectors: Obj[] } {
  const inParts = selectors.filter((s) => hasType(s, 'FragmentSelector') && s.conformsTo === PART_FRAGMENT);
  if (inParts.length === 0) return { part: 'body', selectors };
  const named = new Set(inParts.map((s) => s.value));
  const [part] = named;
  if (named.size > 1 || typeof part !== 'string' || !(CLAIM_PARTS as readonly string[]).includes(part)) {
    throw new ShapeError(`its part selector names ${[...named].map((v) => JSON.stringify(v)).join(' and ')}, not one of ${CLAIM_PARTS.join(', ')}`);
  }
  return { part: part as ClaimPart, selectors: inParts.flatMap((s) => asList(s.refinedBy)).filter(isObj) };
}

function parseBodies(body: unknown): Pick<ImportedAnnotation, 'verdict' | 'rationale' | 'sources'> {
  let verdict: ImportedAnnotation['verdict'] = null;
  let rationale: string | null = null;
  const sources: ImportedSource[] = [];
  for (const b of asList(body)) {
    if (typeof b === 'string') {
      // A bare IRI body is a linked resource; only web links become sources.
      if (/^https?:\/\//i.test(b)) sources.push(emptySource(b));
      continue;
    }
    if (!isObj(b)) throw new ShapeError('a body is neither an object nor an IRI');
    const purpose = asList(b.purpose);
    if (hasType(b, 'TextualBody') || (b.value !== undefined && b.source === undefined)) {
      const value = optString(b, 'value');
      if (value === null) continue;
      if (purpose.includes('assessing') && verdict === null) {
        verdict = { key: optString(b, 'factdesk:verdict', 100), label: value };
      } else if ((purpose.includes('describing') || purpose.includes('commenting')) && rationale === null) {
        rationale = value;
      }
      continue;
    }
    const resource = isObj(b.source) ? b.source : b;
    const url = typeof b.source === 'string' ? b.source : optString(resource, 'id', 4_000);
    if (url === null || !/^https?:\/\//i.test(url)) continue;
    const stance = optString(b, 'factdesk:stance', 20);
    if (stance !== null && !(SOURCE_STANCES as readonly string[]).includes(stance)) {
      throw new ShapeError(`unknown source stance "${stance}"`);
    }
    sources.push({
      url,
      title: optString(resource, 'dc:title', 2_000),
      publisher: optString(resource, 'dc:publisher', 2_000),
      date: optDate(resource, 'dc:date', "a source's date", 'source'),
      excerpt: optString(b, 'factdesk:excerpt'),
      stance: (stance as SourceStance | null) ?? 'context',
      archiveUrl: optString(b, 'factdesk:archiveUrl', 4_000),
    });
  }
  return { verdict, rationale, sources };
}

function emptySource(url: string): ImportedSource {
  return { url, title: null, publisher: null, date: null, excerpt: null, stance: 'context', archiveUrl: null };
}
