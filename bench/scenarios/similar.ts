// Scenario: "claims already checked" (issue 14.3) at 200,000 claims: core.similarClaims for a
// stored claim (as the claim panel asks when a claim is opened) and for a typed text (as
// `factdesk similar --text`), on the desk of bench/similar-desk.ts.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openFactdesk } from '../../main/core/service';
import { cachedSimilarDesk, generateClaim } from '../similar-desk';
import type { Measurement } from '../lib/report';
import { percentile, timed } from '../lib/stats';

export const SIMILAR_CLAIMS = 200_000;

export async function similarScenario(opts: { cacheDir: string; workDir: string; seed: number; rounds: number; log: (s: string) => void }): Promise<Measurement[]> {
  const desk = await cachedSimilarDesk(opts.cacheDir, opts.seed, SIMILAR_CLAIMS, opts.log);
  const path = join(opts.workDir, 'similar.db');
  await copyFile(desk.path, path);
  const core = await openFactdesk({ path, reviewer: 'bench-similar', settingsDir: opts.workDir });
  // Fixed picks, spread over the desk; the texts are new claims in both languages.
  const claimIds = Array.from({ length: 40 }, (_, i) => 1 + Math.floor(((i + 0.5) * desk.claims) / 40));
  let state = opts.seed;
  const r = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const texts = Array.from({ length: 40 }, (_, i) => generateClaim(r, i % 2 === 0 ? 'de' : 'en'));
  const n = desk.claims.toLocaleString('en');
  const out: Measurement[] = [];
  try {
    const variants = [
      { id: 'similar', label: `similar claims of a stored claim, ${n} claims (similarClaims({claimId}))`, calls: claimIds.map((claimId) => () => core.similarClaims({ claimId })) },
      { id: 'similar-text', label: `similar claims of a typed text, ${n} claims (similarClaims({text}))`, calls: texts.map((text) => () => core.similarClaims({ text })) },
    ];
    for (const variant of variants) {
      for (const call of variant.calls) await call(); // warm-up: the first reads pay for the index pages
      const samples: number[] = [];
      let listed = 0;
      for (let round = 0; round < opts.rounds; round++) {
        for (const call of variant.calls) {
          const { value, ms } = await timed(call);
          samples.push(ms);
          listed += value.claims.length;
        }
      }
      opts.log(`${variant.id}: p95 ${percentile(samples, 95).toFixed(1)} ms, ${(listed / samples.length).toFixed(1)} claims listed per lookup`);
      out.push({
        id: variant.id,
        label: variant.label,
        unit: 'ms',
        samples,
        target: { statistic: 'p95', comparison: '<', value: 100, text: 'p95 < 100 ms' },
        details: { listedPerLookup: listed / samples.length },
      });
    }
  } finally {
    await core.close();
  }
  return out;
}
