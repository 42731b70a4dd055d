// Web Annotation export: W3C MUST assertions for every shape the export takes, stable ids,
// selectors that point at the claim, and a round trip through parseAnnotationExport + anchor.
import { describe, expect, it } from 'vitest';
import { annotationDocument, renderAnnotations } from '../../../main/core/export';
import { parseAnnotationExport } from '../../../main/core/import/annotation-format';
import { anchor } from '../../../main/core/anchoring/anchor';
import type { ReportInput } from '../../../main/core/export/types';
import { FactdeskError } from '@common/domain/errors';
import { exportFailures } from './web-annotation-conformance';
import { claimOn, OCTOBER_QUOTE, octoberClaim, sampleArticle, sampleReport, sourceFor } from './sample-report';

type Json = Record<string, unknown>;

function exported(input: ReportInput): Json {
  return JSON.parse(renderAnnotations(input)) as Json;
}

/** Three claims on one article (one without verdict, one Unverifiable) and one on a second article. */
function severalClaims(): ReportInput {
  const base = sampleReport();
  const first = base.articles[0]!;
  const withUrl = { ...first.article, url: 'https://example.com/news/putin-lukaschenko?x=1&y=ä' };
  const open = claimOn(withUrl, 'Präsident Wladimir Putin', { id: 5 });
  const unverifiable = claimOn(withUrl, 'monatelange große Proteste', { id: 6, verdict: 'unverifiable', claimant: 'AP' });
  const other = { ...sampleArticle(2), contentHash: 'ab'.repeat(32), title: 'Zweiter Artikel' };
  const otherClaim = claimOn(other, 'Lukaschenko erlaubte dem Kreml', { id: 9, verdict: 'false', status: 'published' });
  return {
    ...base,
    articles: [
      { article: withUrl, claims: [...first.claims, open, unverifiable], sources: first.sources },
      {
        article: other,
        claims: [otherClaim],
        sources: [sourceFor(otherClaim, { id: 4, url: 'https://example.net/b', stance: 'refutes', title: 'B' })],
      },
    ],
  };
}

describe('Web Annotation export', () => {
  it('exports one claim as an Annotation that passes every W3C MUST assertion', () => {
    const anno = exported(sampleReport());
    expect(anno.type).toBe('Annotation');
    expect(anno.motivation).toBe('assessing');
    expect(exportFailures(anno)).toEqual([]);
  });

  it('exports several claims as an AnnotationCollection whose page and items pass', () => {
    const doc = exported(severalClaims());
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(4);
    const first = doc.first as Json;
    expect(first.type).toBe('AnnotationPage');
    expect((first.items as unknown[]).length).toBe(4);
    expect(exportFailures(doc)).toEqual([]);
  });

  it('exports an empty selection as an empty collection that still conforms', () => {
    const input = { ...sampleReport(), articles: [] };
    const doc = exported(input);
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(doc).not.toHaveProperty('first');
    expect(exportFailures(doc)).toEqual([]);
  });

  it('names claims by text hash and claim id, stable across exports and distinct across articles', () => {
    const a = annotationDocument(severalClaims());
    const b = annotationDocument(severalClaims());
    expect(a.id).toBe(b.id);
    const items = ((a.first as Json).items as Json[]).map((i) => i.id);
    expect(items).toEqual([
      'urn:factdesk:claim:9b7ee1e5cd1fc7a6:5',
      'urn:factdesk:claim:9b7ee1e5cd1fc7a6:6',
      'urn:factdesk:claim:9b7ee1e5cd1fc7a6:1',
      'urn:factdesk:claim:abababababababab:9',
    ]);
    expect(new Set(items).size).toBe(items.length);
  });

  it('targets the article URL when known, else urn:sha256 of its text, with selectors on the claim', () => {
    const doc = exported(severalClaims());
    const [withUrl, , , withoutUrl] = (doc.first as Json).items as Json[];
    expect((withUrl!.target as Json).source).toBe('https://example.com/news/putin-lukaschenko?x=1&y=%C3%A4');
    const target = withoutUrl!.target as { source: string; selector: Json[] };
    const text = sampleArticle().text;
    expect(target.source).toBe(`urn:sha256:${'ab'.repeat(32)}`);
    const [quote, position] = target.selector as [{ exact: string }, { start: number; end: number }];
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('carries verdict, rationale and sources as bodies', () => {
    const anno = exported(sampleReport());
    const body = anno.body as Json[];
    expect(body.map((b) => [b.type, b.purpose])).toEqual([
      ['TextualBody', 'assessing'],
      ['TextualBody', 'describing'],
      ['SpecificResource', 'linking'],
    ]);
    expect((body[2]!.source as Json).id).toBe('https://example.org/belarus/nuclear-deployment-statement');
  });
});

describe('Web Annotation re-import', () => {
  it('reads an export back with all claim data', () => {
    const [imported] = parseAnnotationExport(exported(sampleReport()));
    const claim = octoberClaim(sampleArticle());
    expect(imported).toMatchObject({
      id: 'urn:factdesk:claim:9b7ee1e5cd1fc7a6:1',
      claimId: 1,
      textSha256: sampleArticle().contentHash,
      quote: claim.quote,
      position: claim.position,
      claimReviewed: claim.claimReviewed,
      claimant: 'Alexander Lukaschenko',
      claimDate: '2023-12-25',
      verdict: { key: 'mostly-true', label: 'Mostly true' },
      rationale: claim.rationale,
      status: 'published',
    });
    expect(imported?.sources).toEqual([
      {
        url: 'https://example.org/belarus/nuclear-deployment-statement',
        title: 'Statement on the transfer of tactical nuclear weapons (fixture source)',
        publisher: 'Example News Agency',
        date: '2023-12-25',
        excerpt: 'Officials said the transfer had been completed in October.',
        stance: 'supports',
        archiveUrl: 'https://web.archive.org/web/2024/https://example.org/belarus/nuclear-deployment-statement',
      },
    ]);
  });

  it('lands every claim on the same text in a database holding the same article', () => {
    const input = severalClaims();
    const imported = parseAnnotationExport(exported(input));
    expect(imported).toHaveLength(4);
    const byHash = new Map(input.articles.map((a) => [a.article.contentHash, a.article.text]));
    const original = new Map(input.articles.flatMap((a) => a.claims.map((c) => [c.id, c.position])));
    for (const a of imported) {
      const text = byHash.get(a.textSha256 ?? '');
      expect(text).toBeDefined();
      const landed = anchor(text!, a.quote, a.position ?? undefined);
      expect(landed).toEqual({ ...original.get(a.claimId!), exactMatch: true });
    }
  });

  it('lands the October claim on a corrected copy of the article (words inserted before it)', () => {
    const [imported] = parseAnnotationExport(exported(sampleReport()));
    const text = sampleArticle().text.replace('Im vergangenen Jahr', 'Bereits im vergangenen Jahr, so Berichte,');
    const landed = anchor(text, imported!.quote, imported!.position ?? undefined);
    expect(landed && text.slice(landed.start, landed.end)).toBe(OCTOBER_QUOTE);
  });

  it('accepts a foreign annotation with a single target selector and string bodies', () => {
    const [a] = parseAnnotationExport({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc',
      type: 'Annotation',
      body: ['https://example.org/evidence', { type: 'TextualBody', value: 'Looks wrong', purpose: 'commenting' }],
      target: { source: 'https://example.com/p', selector: { type: 'TextQuoteSelector', exact: 'Oktober' } },
    });
    expect(a).toMatchObject({
      claimId: null,
      textSha256: null,
      quote: { exact: 'Oktober', prefix: '', suffix: '' },
      position: null,
      rationale: 'Looks wrong',
      verdict: null,
    });
    expect(a?.sources.map((s) => s.url)).toEqual(['https://example.org/evidence']);
  });

  it.each([
    ['not an object', 42, /expected a JSON object or array/],
    ['an unknown type', { type: 'Note' }, /not Annotation, AnnotationPage or AnnotationCollection/],
    ['a collection with pages by URL', { type: 'AnnotationCollection', first: 'https://x/p1' }, /pages by URL/],
    ['an annotation without quote', [{ type: 'Annotation', id: 'urn:x:1', target: 'https://x' }], /Annotation 1 \(urn:x:1\): no target with a TextQuoteSelector/],
    [
      'a bad position',
      [{ type: 'Annotation', target: { source: 'urn:x', selector: [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: 5, end: 2 }] } }],
      /TextPositionSelector needs integer/,
    ],
    [
      'an unknown stance',
      [{ type: 'Annotation', body: { type: 'SpecificResource', source: 'https://x', 'factdesk:stance': 'loves' }, target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'a' } } }],
      /unknown source stance "loves"/,
    ],
  ])('rejects %s with a clear error', (_name, json, message) => {
    let error: unknown;
    try {
      parseAnnotationExport(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FactdeskError);
    expect((error as FactdeskError).code).toBe('bad_import');
    expect((error as FactdeskError).message).toMatch(message);
  });
});
