// Evidence (issue 13): a large file (100 MB by default, BENCH_EVIDENCE_MB) added with `factdesk
// evidence add` and read back with `factdesk evidence get`, each in its own CLI process, with wall
// time and the process's peak resident memory (getrusage's maxRSS). The file is streamed in 1 MiB
// chunks, so the peak should stay far below the file's size; the copy must hash to the original.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Measurement } from '../lib/report';
import { ROOT } from '../lib/workbench';

const MB = 1024 * 1024;

interface Run {
  seconds: number;
  peakRssMb: number;
}

/** Runs the CLI in a fresh Node process that reports its own peak RSS when the command is done. */
function runCli(dir: string, args: string[]): Promise<Run> {
  const cli = pathToFileURL(join(ROOT, 'out', 'main', 'cli.js')).href;
  const script = `const { main } = await import(${JSON.stringify(cli)});
const code = await main(${JSON.stringify(args)});
process.stderr.write('\\nmaxrss-kb ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;
  return new Promise((done, fail) => {
    const start = performance.now();
    // A script file, not --eval: the import worker thread inherits the process's exec arguments.
    const wrapper = join(dir, 'run-cli.mjs');
    writeFileSync(wrapper, script);
    const child = spawn(process.execPath, [wrapper], { env: { ...process.env, FACTDESK_REVIEWER: 'bench' } });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const kb = /maxrss-kb (\d+)/.exec(err);
      if (code !== 0 || !kb) return fail(new Error(`factdesk ${args.join(' ')} failed (${code}): ${err}`));
      done({ seconds, peakRssMb: Number(kb[1]) / 1024 });
    });
  });
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

export interface EvidenceFigures {
  megabytes: number;
  baseline: Run;
  add: Run;
  get: Run;
  identical: boolean;
  databaseMb: number;
}

/** One add and one read-back of a `megabytes` file of random bytes, in a folder of its own under `workDir`. */
export async function measureEvidence(workDir: string, megabytes: number): Promise<EvidenceFigures> {
  const dir = mkdtempSync(join(workDir, 'evidence-'));
  try {
    const db = join(dir, 'desk.db');
    const seed = join(dir, 'article.txt');
    writeFileSync(seed, 'Bench article\n\nThe council said the bridge repairs will cost four million euros and take two years.\n');
    const file = join(dir, 'video.mp4');
    writeFileSync(file, '');
    for (let i = 0; i < megabytes; i++) appendFileSync(file, randomBytes(MB));
    const baseline = await runCli(dir, ['import', seed, '--db', db]);
    await runCli(dir, ['claim', 'add', '1', '--quote', 'four million euros', '--db', db]);
    await runCli(dir, ['source', 'add', '1', '--url', 'https://example.org/video', '--db', db]);
    const add = await runCli(dir, ['evidence', 'add', '1', file, '--db', db]);
    const out = join(dir, 'copy.mp4');
    const get = await runCli(dir, ['evidence', 'get', '1', '--out', out, '--db', db]);
    const identical = (await sha256File(file)) === (await sha256File(out)) && statSync(out).size === megabytes * MB;
    if (!identical) throw new Error('The copy read back differs from the file added.');
    return { megabytes, baseline, add, get, identical, databaseMb: statSync(db).size / MB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function evidenceMegabytes(): number {
  return Number(process.env.BENCH_EVIDENCE_MB ?? 100);
}

export async function evidenceScenario(opts: { workDir: string; megabytes: number; log: (s: string) => void }): Promise<Measurement[]> {
  const f = await measureEvidence(opts.workDir, opts.megabytes);
  const size = `${f.megabytes} MB file`;
  opts.log(`evidence: add ${f.add.seconds.toFixed(2)} s (peak ${f.add.peakRssMb.toFixed(0)} MB), get ${f.get.seconds.toFixed(2)} s (peak ${f.get.peakRssMb.toFixed(0)} MB)`);
  const details = { megabytes: f.megabytes, identical: f.identical, databaseMB: f.databaseMb, baselineSeconds: f.baseline.seconds, baselinePeakMB: f.baseline.peakRssMb };
  const note = `own CLI process each; a small import in the same way took ${f.baseline.seconds.toFixed(2)} s and peaked at ${f.baseline.peakRssMb.toFixed(0)} MB`;
  return [
    { id: 'evidence-add', label: `evidence add, ${size} (factdesk evidence add)`, unit: 's', samples: [f.add.seconds], target: null, note, details },
    { id: 'evidence-add-rss', label: '  peak RSS of that process (streamed: far below the file)', unit: 'MB', samples: [f.add.peakRssMb], target: null },
    { id: 'evidence-get', label: `evidence read back, ${size} (evidence get --out), copy identical`, unit: 's', samples: [f.get.seconds], target: null, details },
    { id: 'evidence-get-rss', label: '  peak RSS of that process', unit: 'MB', samples: [f.get.peakRssMb], target: null },
  ];
}
