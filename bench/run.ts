// `npm run bench`: the newsroom-scale benchmark suite (issue 6). Builds (or reuses) the seeded
// data, runs every scenario several times through the path users hit (core API, `factdesk serve`,
// the renderer in Chromium), prints median/min/max against the targets and writes JSON to
// bench/results/<timestamp>.json. Never part of `npm test`: this machine is noisy, so only
// figures (and ratios) from the same run are compared.
//
//   node out/tools/bench.js [--only language,import,evidence,search,similar,open,reader,export,live,memory,queue]
//                           [--articles 100000] [--seed 42] [--reps 1.0]
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { cachedDataset, workingCopy, type Dataset } from './dataset';
import { table, toRow, type Measurement } from './lib/report';
import { ROOT } from './lib/workbench';
import { importScenario } from './scenarios/import';
import { importDeskScenario } from './scenarios/import-desk';
import { languageScenario } from './scenarios/language';
import { searchScenario } from './scenarios/search';
import { similarScenario } from './scenarios/similar';
import { openScenario } from './scenarios/open';
import { exportScenario } from './scenarios/export';
import { memoryScenario } from './scenarios/memory';
import { queueScenario } from './scenarios/queue';
import { browserScenarios } from './scenarios/browser';
import { evidenceMegabytes, evidenceScenario } from './scenarios/evidence';

const SCENARIOS = ['language', 'import', 'evidence', 'search', 'similar', 'open', 'reader', 'export', 'live', 'memory', 'queue', 'import-desk'] as const;
type ScenarioId = (typeof SCENARIOS)[number];

interface Options {
  only: Set<ScenarioId>;
  articles: number;
  seed: number;
  /** Multiplies every scenario's repetition count (0.5 for a quick look, 2 for steadier figures). */
  reps: number;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const only = value('only')?.split(',').map((s) => s.trim()) ?? [...SCENARIOS];
  for (const id of only) if (!SCENARIOS.includes(id as ScenarioId)) throw new Error(`Unknown scenario "${id}" (${SCENARIOS.join(', ')}).`);
  return {
    only: new Set(only as ScenarioId[]),
    articles: Number(value('articles') ?? 100_000),
    seed: Number(value('seed') ?? 42),
    reps: Number(value('reps') ?? 1),
  };
}

function log(line: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const reps = (n: number): number => Math.max(1, Math.round(n * options.reps));
  const started = Date.now();
  const workDir = await mkdtemp(join(tmpdir(), 'factdesk-bench-'));
  const measurements: Measurement[] = [];
  const run = async (id: ScenarioId, fn: () => Promise<Measurement[]>): Promise<void> => {
    if (!options.only.has(id)) return;
    log(`${id}: start`);
    try {
      measurements.push(...(await fn()));
    } catch (e) {
      log(`${id}: FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      measurements.push({ id, label: `${id} (failed: ${message})`, unit: '—', samples: [], target: null });
    }
  };
  try {
    await run('language', async () => languageScenario({ seed: options.seed, reps: reps(9), log }));
    await run('import', () => importScenario({ workDir, seed: options.seed, count: 10_000, reps: reps(3), log }));
    // A desk of its own: one source, one large file (BENCH_EVIDENCE_MB, 100 by default).
    await run('evidence', () => evidenceScenario({ workDir, megabytes: evidenceMegabytes(), log }));

    // Its own desk of 200,000 varied claims (bench/similar-desk.ts), not the main one.
    await run('similar', () =>
      similarScenario({ cacheDir: join(ROOT, 'bench', 'results', 'cache'), workDir, seed: options.seed, rounds: reps(5), log }),
    );

    const needsDataset = SCENARIOS.some((id) => !['import', 'language', 'evidence', 'similar'].includes(id) && options.only.has(id));
    let dataset: Dataset | null = null;
    if (needsDataset) {
      const cached = await cachedDataset(join(ROOT, 'bench', 'results', 'cache'), options.seed, options.articles, log);
      // Scenarios write (reviewers, presence, new claims): they get a copy, the cache stays as built.
      dataset = await workingCopy(cached, workDir);
    }
    if (dataset !== null) {
      const ds = dataset;
      await run('search', () => searchScenario({ dataset: ds, workDir, rounds: reps(5), log }));
      await run('open', () => openScenario({ dataset: ds, workDir, reps: reps(7), log }));
      await run('export', () => exportScenario({ dataset: ds, workDir, htmlReps: reps(5), pdfReps: reps(3), log }));
      await run('memory', () => memoryScenario({ dataset: ds, log }));
      // Reassigns claims in the working copy: after every scenario that reads the desk as built.
      await run('queue', () => queueScenario({ dataset: ds, workDir, reps: reps(200), log }));
      const browser = (['reader', 'live'] as const).filter((id) => options.only.has(id));
      if (browser.length > 0) {
        await run(browser[0] as ScenarioId, () =>
          browserScenarios({ dataset: ds, reader: options.only.has('reader'), live: options.only.has('live'), reps: reps(7), log }),
        );
      }
      // Adds 20,000 articles to the working copy: after everything that reads the desk as built.
      await run('import-desk', () => importDeskScenario({ dataset: ds, workDir, seed: options.seed, count: 10_000, log }));
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const rows = measurements.map(toRow);
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\nFactdesk benchmarks — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${seconds.toFixed(0)} s\n\n`);
  process.stdout.write(`${table(rows)}\n\n`);
  for (const r of rows.filter((row) => row.note)) process.stdout.write(`- ${r.label}: ${r.note}\n`);

  const resultsDir = join(ROOT, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version },
        options: { ...options, only: [...options.only] },
        seconds,
        rows,
      },
      null,
      2,
    ),
  );
  process.stdout.write(`\nJSON: ${file}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
