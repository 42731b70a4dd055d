// `npm run bench:evidence`: a 100 MB evidence file added with `factdesk evidence add` and read
// back with `factdesk evidence get`, each in its own CLI process, with wall time and the
// process's peak resident memory (getrusage's maxRSS). The file is streamed in 1 MiB chunks, so
// the peak should stay far below the file's size; the copy must hash to the original.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SIZE_MB = Number(process.env.BENCH_EVIDENCE_MB ?? 100);
const CLI = pathToFileURL(resolve(import.meta.dirname, '../out/main/cli.js')).href;
const MB = 1024 * 1024;

interface Run {
  seconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs the CLI in a fresh Node process that reports its own peak RSS when the command is done. */
function runCli(args: string[]): Promise<Run> {
  const script = `const { main } = await import(${JSON.stringify(CLI)});
const code = await main(${JSON.stringify(args)});
process.stderr.write('\\nmaxrss-kb ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;
  return new Promise((done, fail) => {
    const start = performance.now();
    // A script file, not --eval: the import worker thread inherits the process's exec arguments.
    const wrapper = join(dir, 'run-cli.mjs');
    writeFileSync(wrapper, script);
    const child = spawn(process.execPath, [wrapper], { env: { ...process.env, FACTDESK_REVIEWER: 'bench' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const kb = /maxrss-kb (\d+)/.exec(err);
      if (code !== 0 || !kb) return fail(new Error(`factdesk ${args.join(' ')} failed (${code}): ${err}`));
      done({ seconds, peakRssMb: Number(kb[1]) / 1024, stdout: out });
    });
  });
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-evidence-'));
try {
  const db = join(dir, 'desk.db');
  const seed = join(dir, 'article.txt');
  writeFileSync(seed, 'Bench article\n\nThe council said the bridge repairs will cost four million euros and take two years.\n');
  const file = join(dir, 'video.mp4');
  writeFileSync(file, '');
  for (let i = 0; i < SIZE_MB; i++) appendFileSync(file, randomBytes(MB));
  const baseline = await runCli(['import', seed, '--db', db]);
  await runCli(['claim', 'add', '1', '--quote', 'four million euros', '--db', db]);
  await runCli(['source', 'add', '1', '--url', 'https://example.org/video', '--db', db]);
  const add = await runCli(['evidence', 'add', '1', file, '--db', db]);
  const out = join(dir, 'copy.mp4');
  const get = await runCli(['evidence', 'get', '1', '--out', out, '--db', db]);
  const same = (await sha256File(file)) === (await sha256File(out)) && statSync(out).size === SIZE_MB * MB;
  if (!same) throw new Error('The copy read back differs from the file added.');
  console.log(`| evidence (${SIZE_MB} MB file, own CLI process each) | wall time | peak RSS |`);
  console.log('|---|---|---|');
  console.log(`| baseline: import a small article | ${baseline.seconds.toFixed(2)} s | ${baseline.peakRssMb.toFixed(0)} MB |`);
  console.log(`| evidence add | ${add.seconds.toFixed(2)} s (${(SIZE_MB / add.seconds).toFixed(0)} MB/s) | ${add.peakRssMb.toFixed(0)} MB |`);
  console.log(`| evidence get --out | ${get.seconds.toFixed(2)} s (${(SIZE_MB / get.seconds).toFixed(0)} MB/s) | ${get.peakRssMb.toFixed(0)} MB |`);
  console.log(`Copy identical to the original (SHA-256): ${same}. Database file: ${(statSync(db).size / MB).toFixed(0)} MB.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
