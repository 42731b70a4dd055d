// Golden files for the report in both languages, with every kind of ICU argument the reports
// catalogue has: plurals (one and other, a grouped number), selects (yes/no), dates, user text
// inside a sentence and markup placed in one. Byte for byte, so a change in how messages are
// formatted (not what they say) shows here. After an intended change, rewrite them with
// UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../main/core/export';
import type { ExportFormat } from '@common/contract';
import type { ReportLanguage } from '@common/domain/types';
import type { ReportInput } from '../../../main/core/export/types';
import type { Evidence } from '@common/domain/evidence';
import { claimOn, FIXTURES, octoberClaim, sampleArticle, sampleReport, sourceFor } from './sample-report';

const update = process.env.UPDATE_GOLDEN === '1';

function copy(id: number, sourceId: number, fields: Partial<Evidence>): Evidence {
  return {
    id,
    sourceId,
    kind: 'page',
    fileName: null,
    url: null,
    mediaType: 'text/html',
    sha256: `${id}`.padStart(64, 'a'),
    size: 1,
    capturedAt: '2024-02-01T10:15:00.000Z',
    addedBy: 'Anna Berger',
    removedAt: null,
    removedBy: null,
    removalReason: null,
    ...fields,
  };
}

/** Two articles, three claims (one unrated, with markup in its fields), copies of 1 and 2,048 bytes, a correction. */
function pluralReport(language: ReportLanguage, organisation: boolean): ReportInput {
  const input = sampleReport();
  const article = sampleArticle();
  const second = { ...sampleArticle(2), language: 'en', publishedAt: '2023-11', byline: 'Jane <Doe>' };
  const claim = { ...octoberClaim(article), modifiedAt: '2024-02-04T08:00:00.000Z' };
  const draft = claimOn(article, 'Er sagte nicht', { id: 2, claimant: '<b>Ann & "Bo"</b>', claimDate: '2023-10' });
  const other = claimOn(second, 'Lukaschenko', { id: 3, part: 'headline', status: 'needs_review', verdict: 'false', claimDate: '2023' });
  const source = input.articles[0]!.sources[0]!;
  const refuting = sourceFor(other, { id: 2, url: 'https://example.org/refutes', stance: 'refutes', title: 'A & B', date: '2023-11' });
  return {
    ...input,
    language,
    organisation: organisation ? input.organisation : { name: null, url: null, logoUrl: null },
    articles: [
      { article, claims: [claim, draft], sources: [source] },
      { article: second, claims: [other], sources: [refuting] },
    ],
    corrections: [{ id: 1, claimId: 1, at: '2024-02-04T08:00:00.000Z', reviewer: 'Jonas Keller', note: 'Date <fixed> & checked', fields: ['claimDate'] }],
    preserved: [
      copy(1, 1, {}),
      copy(2, 1, { kind: 'file', fileName: 'statement & notes.pdf', mediaType: 'application/pdf', size: 2048 }),
      copy(3, 2, { kind: 'screenshot', mediaType: 'image/png', size: 1_234_567 }),
    ],
  };
}

const CASES: Array<[Exclude<ExportFormat, 'pdf' | 'wacz'>, string, 'internal' | 'public']> = [
  ['html', 'html', 'internal'],
  ['html', 'public.html', 'public'],
  ['md', 'md', 'internal'],
];

describe('golden reports in English and German, with plurals and selects', () => {
  for (const language of ['en', 'de'] as const) {
    for (const organisation of [true, false]) {
      for (const [format, ext, template] of CASES) {
        const file = `plurals.${language}${organisation ? '' : '.no-org'}.${ext}`;
        it(`${language} ${format} (${template}) matches ${file}`, async () => {
          const path = join(FIXTURES, file);
          const result = await renderReport(format, pluralReport(language, organisation), { template });
          if (update) writeFileSync(path, result.content, 'utf8');
          expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
          expect(result.content).toBe(readFileSync(path, 'utf8'));
        });
      }
    }
  }
});
