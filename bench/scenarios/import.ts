// Scenario 1: import 10,000 seed-format articles from one folder through core.importPaths (with
// progress), against a bare insert of the same rows (and so the same FTS entries, by trigger) in
// one transaction with prepared statements through the store adapter's lowest level.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import { openDatabase } from '../../main/core/store/open';
import type { ArticleRow as StoredArticleRow } from '../../main/core/store/rows';
import { writeSeedFolder } from '../generate';
import type { Measurement } from '../lib/report';
import { summarise, timed } from '../lib/stats';

/** The stored columns of an article the import writes (the store's row, less what SQLite assigns). */
export type ImportedRow = Omit<StoredArticleRow, 'id' | 'revision'>;

export const ARTICLE_COLUMNS = 'title, subtitle, dateline, byline, source_name, url, language, published_at, category, text, content_hash, format, file_name, imported_at';

export async function importScenario(opts: { workDir: string; seed: number; count: number; reps: number; log: (s: string) => void }): Promise<Measurement[]> {
  const folder = join(opts.workDir, 'import-folder');
  // Articles numbered past the large dataset's, so nothing here is shared with it.
  await writeSeedFolder(folder, opts.count, opts.seed + 1, 0);
  const importMs: number[] = [];
  const bareMs: number[] = [];
  const progressCalls: number[] = [];
  const statusWaits: number[] = [];
  let rows: ImportedRow[] = [];
  for (let rep = 0; rep < opts.reps; rep++) {
    const dir = await mkdtemp(join(opts.workDir, 'import-'));
    const core = await openFactdesk({ path: join(dir, 'import.db'), reviewer: 'bench', settingsDir: dir });
    let calls = 0;
    // Another reviewer's window keeps asking for the save status while the import runs.
    const probe = statusProbe(core);
    const { value: outcomes, ms } = await timed(() => core.importPaths([folder], () => void calls++));
    statusWaits.push(await probe.stop());
    await core.close();
    const ok = outcomes.filter((o) => o.ok).length;
    if (ok !== opts.count) throw new Error(`import: ${ok} of ${opts.count} articles imported`);
    importMs.push(ms);
    progressCalls.push(calls);
    if (rows.length === 0) {
      const db = await openDatabase(join(dir, 'import.db'), { create: false });
      rows = await db.connection.all<ImportedRow>(`SELECT ${ARTICLE_COLUMNS} FROM article ORDER BY id`);
      await db.connection.close();
    }
    await rm(dir, { recursive: true, force: true });

    const bareDir = await mkdtemp(join(opts.workDir, 'bare-'));
    bareMs.push(await bareInsert(join(bareDir, 'bare.db'), rows));
    await rm(bareDir, { recursive: true, force: true });
    opts.log(`import: rep ${rep + 1}: import ${(ms / 1000).toFixed(2)} s, bare ${((bareMs.at(-1) ?? 0) / 1000).toFixed(2)} s`);
  }
  await rm(folder, { recursive: true, force: true });
  const nestedMs = await nestedPageRefusal(opts.workDir, opts.reps);
  // Rates compared run by run (same machine state), then summarised.
  const ratios = importMs.map((ms, i) => ((bareMs[i] ?? Number.NaN) / ms) * 100);
  return [
    {
      id: 'import',
      label: `import ${opts.count.toLocaleString('en')} articles (one folder, with progress)`,
      unit: 's',
      samples: importMs.map((ms) => ms / 1000),
      target: { statistic: 'median', comparison: '<', value: 10, text: '< 10 s' },
      details: { progressCallbacks: progressCalls, articlesPerSecond: summarise(importMs.map((ms) => opts.count / (ms / 1000))).median },
    },
    {
      id: 'import-bare',
      label: `bare insert of the same ${opts.count.toLocaleString('en')} rows + FTS (one transaction)`,
      unit: 's',
      samples: bareMs.map((ms) => ms / 1000),
      target: null,
      details: { articlesPerSecond: summarise(bareMs.map((ms) => opts.count / (ms / 1000))).median },
    },
    {
      id: 'import-status-wait',
      label: 'longest getSaveStatus wait during that import',
      unit: 'ms',
      samples: statusWaits,
      target: { statistic: 'median', comparison: '<', value: 250, text: '< 250 ms' },
    },
    {
      id: 'import-nested-refusal',
      label: 'refuse a page of 2,000 nested <div>s (22 KB)',
      unit: 's',
      samples: nestedMs.map((ms) => ms / 1000),
      target: { statistic: 'median', comparison: '<', value: 5, text: '< 5 s' },
    },
    {
      id: 'import-ratio',
      label: 'import rate as % of bare insert rate',
      unit: '%',
      samples: ratios,
      target: { statistic: 'median', comparison: '>=', value: 60, text: '>= 60 %' },
    },
  ];
}

/** Calls getSaveStatus back to back (20 ms apart) until stopped; resolves with the longest wait in ms. */
function statusProbe(core: FactdeskCore): { stop: () => Promise<number> } {
  let running = true;
  let longest = 0;
  const loop = (async () => {
    while (running) {
      const { ms } = await timed(() => core.getSaveStatus({}));
      longest = Math.max(longest, ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return longest;
    },
  };
}

/** Issue 10's hostile page: 2,000 nested <div>s, which took 447 s before imports had limits. */
async function nestedPageRefusal(workDir: string, reps: number): Promise<number[]> {
  const page = `<!doctype html><html><body>${'<div>'.repeat(2_000)}<p>${'An ordinary sentence of an article. '.repeat(4)}</p>${'</div>'.repeat(2_000)}</body></html>`;
  const data = Buffer.from(page).toString('base64');
  const samples: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const dir = await mkdtemp(join(workDir, 'nested-'));
    const core = await openFactdesk({ path: join(dir, 'nested.db'), reviewer: 'bench', settingsDir: dir });
    const { value: outcomes, ms } = await timed(() => core.importFiles({ files: [{ name: 'nested-2000.html', data }] }));
    await core.close();
    await rm(dir, { recursive: true, force: true });
    if (outcomes[0]?.ok !== false) throw new Error('import: the 2,000-deep page was not refused');
    samples.push(ms);
  }
  return samples;
}

/** The floor: one transaction, one prepared INSERT reused for every row; FTS rows by the schema's trigger. */
export async function bareInsert(path: string, rows: readonly ImportedRow[], open: { integrityCheck?: 'background' } = {}): Promise<number> {
  const db = await openDatabase(path, { create: true, ...open });
  try {
    await db.integrity;
    const sql = `INSERT INTO article (${ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
    const { ms } = await timed(() =>
      db.connection.write(async (tx) => {
        for (const r of rows) {
          await tx.run(sql, [
            r.title, r.subtitle, r.dateline, r.byline, r.source_name, r.url, r.language, r.published_at,
            r.category, r.text, r.content_hash, r.format, r.file_name, r.imported_at,
          ]);
        }
      }),
    );
    return ms;
  } finally {
    await db.connection.close();
  }
}
