// Golden files: each text format for the sample article and its October claim, byte for byte.
// After an intended change, rewrite them with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../main/core/export';
import type { ExportFormat } from '@common/contract';
import type { ReportInput } from '../../../main/core/export/types';
import { FIXTURES, sampleReport } from './sample-report';

const GOLDEN: Array<[Exclude<ExportFormat, 'pdf'>, string]> = [
  ['md', 'sample.md'],
  ['html', 'sample.html'],
  ['claimreview', 'sample.claimreview.json'],
  ['annotations', 'sample.annotations.json'],
  ['csv', 'sample.csv'],
];

const update = process.env.UPDATE_GOLDEN === '1';

/** The same data in a different order, as another query plan might return it. */
function shuffled(input: ReportInput): ReportInput {
  return {
    ...input,
    articles: [...input.articles].reverse().map((a) => ({
      ...a,
      claims: [...a.claims].reverse(),
      sources: [...a.sources].reverse(),
    })),
    scale: { ...input.scale, verdicts: [...input.scale.verdicts].reverse() },
  };
}

describe('golden files for the sample article', () => {
  for (const [format, file] of GOLDEN) {
    it(`${format} matches ${file}`, async () => {
      const path = join(FIXTURES, file);
      const result = await renderReport(format, sampleReport());
      expect(result.encoding).toBe('utf8');
      if (update) writeFileSync(path, result.content, 'utf8');
      expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1 once`).toBe(true);
      expect(result.content).toBe(readFileSync(path, 'utf8'));
    });

    it(`${format} is deterministic regardless of input order`, async () => {
      const a = await renderReport(format, sampleReport());
      const b = await renderReport(format, shuffled(sampleReport()));
      expect(b.content).toBe(a.content);
      expect(b.fileName).toBe(a.fileName);
    });
  }
});
