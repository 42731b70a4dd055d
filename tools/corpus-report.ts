// Figures for the HTML import on Mozilla Readability's test pages, so that a change to the HTML
// extractor can be compared before and after on the same corpus:
//   npx tsx tools/corpus-report.ts [corpus folder]
// Prints per page what differs from Readability's reference, then the totals. "Boilerplate left"
// counts paragraphs matching the patterns below; they are kept here, independent of the
// extractor's own clutter rules, so the figure does not grade the extractor against itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { ParsedArticle } from '@common/domain/types';
import { FactdeskError } from '@common/domain/errors';
import { parseArticleFile } from '../main/core/import/index.js';
import { articleParagraphs, type TextTreeNode } from '../main/core/import/htmlText.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The Readability corpus the tests use (origin and licence in test/fixtures/README.md). */
const CORPUS_CANDIDATES = [path.join(ROOT, 'test/fixtures/import/readability-pages')];

/** Paragraphs a reader would call clutter rather than article text. */
const BOILERPLATE = [
  /\b(sign up|subscribe)\b.{0,60}\b(newsletter|now|today|for only)\b/i,
  /\bcookies?\b.{0,80}\b(accept|consent|agree|settings)\b/i,
  /^(most (read|popular|viewed|shared)|trending( now)?|read more|related( articles| stories)?)$/i,
  /^[Bb]y \p{Lu}[\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){0,3}( and \p{Lu}[\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){0,3})?$/u,
];

interface ExpectedMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

interface PageReport {
  page: string;
  refused: boolean;
  titleMatches: boolean;
  textMatches: boolean;
  /** Reference paragraphs missing from ours, when ours is the reference minus whole paragraphs. */
  removed: string[] | null;
  boilerplateLeft: string[];
  article: ParsedArticle | null;
  expected: ExpectedMetadata;
}

function corpusFolder(): string {
  const given = process.argv[2];
  if (given) return path.resolve(given);
  const found = CORPUS_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Readability corpus not found; looked in:\n${CORPUS_CANDIDATES.join('\n')}`);
  return found;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function referenceParagraphs(folder: string): string[] {
  const document = new JSDOM(readFileSync(path.join(folder, 'expected.html'), 'utf8')).window.document;
  return articleParagraphs(document.body as unknown as TextTreeNode);
}

/** The reference paragraphs that ours skips, if ours is the reference with whole paragraphs left out. */
function removedParagraphs(reference: readonly string[], ours: readonly string[]): string[] | null {
  const removed: string[] = [];
  let next = 0;
  for (const paragraph of reference) {
    if (next < ours.length && squeeze(ours[next]!) === squeeze(paragraph)) next++;
    else removed.push(paragraph);
  }
  return next === ours.length ? removed : null;
}

function reportPage(corpus: string, page: string): PageReport {
  const folder = path.join(corpus, page);
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
  const reference = referenceParagraphs(folder);
  let article: ParsedArticle | null = null;
  try {
    article = parseArticleFile(`${page}.html`, readFileSync(path.join(folder, 'source.html')));
  } catch (e) {
    if (!(e instanceof FactdeskError)) throw e;
  }
  const ours = article ? article.text.split('\n\n') : [];
  return {
    page,
    refused: article === null,
    titleMatches: article?.title === expected.title,
    textMatches: article !== null && squeeze(article.text) === squeeze(reference.join('')),
    removed: article ? removedParagraphs(reference, ours) : null,
    boilerplateLeft: ours.filter((p) => BOILERPLATE.some((pattern) => pattern.test(p))),
    article,
    expected,
  };
}

function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return Date.parse(a) === Date.parse(b.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

function main(): void {
  const corpus = corpusFolder();
  const pages = readdirSync(corpus)
    .filter((name) => existsSync(path.join(corpus, name, 'source.html')))
    .sort();
  const reports = pages.map((page) => reportPage(corpus, page));
  const imported = reports.filter((r) => r.article !== null);
  const count = (test: (r: PageReport) => boolean): number => reports.filter(test).length;

  for (const r of reports) {
    const notes: string[] = [];
    if (r.refused) notes.push(`refused (reference readerable: ${r.expected.readerable})`);
    if (!r.refused && !r.titleMatches) notes.push(`title ${JSON.stringify(r.article?.title)}`);
    if (!r.refused && !r.textMatches) {
      notes.push(r.removed ? `text = reference minus ${r.removed.length} paragraph(s)` : 'text differs from reference');
      for (const paragraph of r.removed ?? []) notes.push(`  removed: ${JSON.stringify(paragraph.slice(0, 90))}`);
    }
    for (const paragraph of r.boilerplateLeft) notes.push(`  boilerplate left: ${JSON.stringify(paragraph.slice(0, 90))}`);
    const a = r.article;
    if (a) notes.push(`date ${a.publishedAt ?? '-'} · byline ${a.byline ?? '-'} · publisher ${a.sourceName ?? '-'} · dateline ${a.dateline ?? '-'}`);
    console.log(`${r.page}\n  ${notes.join('\n  ')}`);
  }

  const withReference = (key: 'publishedTime' | 'byline' | 'siteName'): PageReport[] => imported.filter((r) => r.expected[key]);
  const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  console.log(`
Pages                                  ${reports.length}
Refused as no article                  ${count((r) => r.refused)}
Title matches                          ${count((r) => r.titleMatches)}/${reports.length}
Text matches reference exactly         ${count((r) => r.textMatches)}/${reports.length}
Text = reference minus paragraphs      ${count((r) => !r.textMatches && r.removed !== null && r.removed.length > 0)} (${reports.reduce((n, r) => n + (r.textMatches ? 0 : (r.removed?.length ?? 0)), 0)} paragraphs)
Text differs otherwise                 ${count((r) => !r.refused && !r.textMatches && r.removed === null)}
Boilerplate paragraphs left            ${reports.reduce((n, r) => n + r.boilerplateLeft.length, 0)}
Dates found                            ${count((r) => r.article?.publishedAt != null)}/${reports.length} (reference has ${withReference('publishedTime').length}, agree ${withReference('publishedTime').filter((r) => sameInstant(r.article?.publishedAt, r.expected.publishedTime)).length})
Bylines found                          ${count((r) => r.article?.byline != null)} (reference has ${withReference('byline').length}, agree ${withReference('byline').filter((r) => r.article?.byline === collapse(r.expected.byline)).length})
Publishers found                       ${count((r) => r.article?.sourceName != null)} (reference has ${withReference('siteName').length}, agree ${withReference('siteName').filter((r) => r.article?.sourceName === collapse(r.expected.siteName)).length})
Datelines found                        ${count((r) => r.article?.dateline != null)}`);
}

main();
