// A ReportInput built by hand from the seed article and its October claim, as the service will
// build it from the database: the golden files and the format tests all start from this.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, Claim, Source, VerdictScale } from '@common/domain/types';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { anchorQuote } from '../../../main/core/anchoring/selectors';
import type { ReportInput } from '../../../main/core/export/types';

export const FIXTURES = resolve(__dirname, '../../fixtures/export');
export const SAMPLE_FILE = resolve(FIXTURES, 'putin-lukaschenko-st-petersburg.de.txt');
export const OCTOBER_QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

/** The seed format: headline ending in " |", blank, teaser, body paragraphs, blank, category. */
export function sampleArticle(id = 1): Article {
  const lines = readFileSync(SAMPLE_FILE, 'utf8').split('\n');
  const blank = lines.indexOf('', 3);
  const body = lines.slice(3, blank === -1 ? undefined : blank);
  const text = body.join(PARAGRAPH_SEPARATOR);
  return {
    id,
    title: (lines[0] ?? '').replace(/\s*\|\s*$/, ''),
    subtitle: lines[2] ?? null,
    dateline: 'ST PETERSBURG',
    byline: null,
    sourceName: 'The Times of India (German machine translation)',
    url: null,
    language: 'de',
    // Assumed for the fixture: the meeting the report describes (January 2024).
    publishedAt: '2024-01-29',
    category: lines[lines.length - 1] ?? null,
    text,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    format: 'seed',
    fileName: 'putin-lukaschenko-st-petersburg.de.txt',
    importedAt: '2024-02-01T09:00:00.000Z',
    revision: 1,
  };
}

export const SCALE: VerdictScale = {
  bestRating: 5,
  worstRating: 1,
  verdicts: [
    { key: 'true', label: 'True', labelDe: 'Richtig', ratingValue: 5, color: '#1a7f37', colorDark: '#1a7f37', sortOrder: 1 },
    { key: 'mostly-true', label: 'Mostly true', labelDe: 'Größtenteils richtig', ratingValue: 4, color: '#6fa83a', colorDark: '#6fa83a', sortOrder: 2 },
    { key: 'mixed', label: 'Mixed', labelDe: 'Gemischt', ratingValue: 3, color: '#c99a06', colorDark: '#c99a06', sortOrder: 3 },
    { key: 'mostly-false', label: 'Mostly false', labelDe: 'Größtenteils falsch', ratingValue: 2, color: '#d9661f', colorDark: '#d9661f', sortOrder: 4 },
    { key: 'false', label: 'False', labelDe: 'Falsch', ratingValue: 1, color: '#c62828', colorDark: '#c62828', sortOrder: 5 },
    { key: 'unverifiable', label: 'Unverifiable', labelDe: 'Nicht überprüfbar', ratingValue: null, color: '#6b7280', colorDark: '#6b7280', sortOrder: 6 },
  ],
};

export function claimOn(article: Article, quote: string, fields: Partial<Claim> & { id: number }, occurrence = 1): Claim {
  const anchor = anchorQuote(article.text, quote, occurrence);
  return {
    articleId: article.id,
    part: 'body',
    quote: anchor.quote,
    position: anchor.position,
    orphaned: false,
    claimReviewed: quote,
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
    createdBy: null,
    createdAt: '2024-02-01T09:30:00.000Z',
    updatedAt: '2024-02-01T09:30:00.000Z',
    revision: 1,
    ...fields,
  };
}

export function sourceFor(claim: Claim, fields: Partial<Source> & { id: number; url: string }): Source {
  return {
    claimId: claim.id,
    title: null,
    publisher: null,
    date: null,
    excerpt: null,
    stance: 'context',
    archiveUrl: null,
    createdAt: '2024-02-01T10:00:00.000Z',
    updatedAt: '2024-02-01T10:00:00.000Z',
    revision: 1,
    ...fields,
  };
}

export function octoberClaim(article: Article): Claim {
  return claimOn(article, OCTOBER_QUOTE, {
    id: 1,
    claimReviewed: 'Der Einsatz russischer Atomwaffen in Weißrussland war im Oktober 2023 abgeschlossen.',
    claimant: 'Alexander Lukaschenko',
    claimDate: '2023-12-25',
    verdict: 'mostly-true',
    rationale:
      'Russian and Belarusian officials both said the transfer of tactical nuclear weapons had been completed in autumn 2023.\n\n' +
      'Independent observers could confirm neither the number of weapons nor their locations, so the completion date rests on official statements.',
    // Published (issue 12): the ClaimReview's url and datePublished are the publication's.
    status: 'published',
    verdictSetBy: 'Anna Berger',
    approvedBy: 'Jonas Keller',
    publishedAt: '2024-02-03T09:30:00.000Z',
    publishedBy: 'Jonas Keller',
    publishedUrl: 'https://factcheck.example.org/checks/1-atomwaffen-belarus',
    createdBy: 'Anna Berger',
    updatedAt: '2024-02-02T14:05:00.000Z',
    revision: 4,
  });
}

/** The sample article with its October claim, one source, a verdict and a rationale. */
export function sampleReport(): ReportInput {
  const article = sampleArticle();
  const claim = octoberClaim(article);
  const source = sourceFor(claim, {
    id: 1,
    url: 'https://example.org/belarus/nuclear-deployment-statement',
    title: 'Statement on the transfer of tactical nuclear weapons (fixture source)',
    publisher: 'Example News Agency',
    date: '2023-12-25',
    excerpt: 'Officials said the transfer had been completed in October.',
    stance: 'supports',
    archiveUrl: 'https://web.archive.org/web/2024/https://example.org/belarus/nuclear-deployment-statement',
  });
  return {
    articles: [{ article, claims: [claim], sources: [source] }],
    scale: SCALE,
    organisation: { name: 'Factdesk Test Desk', url: 'https://factcheck.example.org/', logoUrl: 'https://factcheck.example.org/logo.png' },
    language: 'en',
    corrections: [],
    reportDate: '2024-02-05',
  };
}
