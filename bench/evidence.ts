// `npm run bench:evidence`: the evidence scenario of `npm run bench` on its own (see
// bench/scenarios/evidence.ts), printed as a small table. BENCH_EVIDENCE_MB sets the file's size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceMegabytes, measureEvidence } from './scenarios/evidence';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-evidence-'));
try {
  const f = await measureEvidence(dir, evidenceMegabytes());
  const rate = (seconds: number): string => `${seconds.toFixed(2)} s (${(f.megabytes / seconds).toFixed(0)} MB/s)`;
  console.log(`| evidence (${f.megabytes} MB file, own CLI process each) | wall time | peak RSS |`);
  console.log('|---|---|---|');
  console.log(`| baseline: import a small article | ${f.baseline.seconds.toFixed(2)} s | ${f.baseline.peakRssMb.toFixed(0)} MB |`);
  console.log(`| evidence add | ${rate(f.add.seconds)} | ${f.add.peakRssMb.toFixed(0)} MB |`);
  console.log(`| evidence get --out | ${rate(f.get.seconds)} | ${f.get.peakRssMb.toFixed(0)} MB |`);
  console.log(`Copy identical to the original (SHA-256): ${f.identical}. Database file: ${f.databaseMb.toFixed(0)} MB.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
