// Scenario 1b: importing into the desk as it has grown (issue 16: the import rate at a million
// articles). 10,000 seed-format articles through core.importPaths into the working copy of the big
// desk, then the same rows by a bare insert into the same file (content hashes changed, as the
// desk refuses an article it already holds). Runs last: it adds 20,000 articles to the copy.
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openFactdesk } from '../../main/core/service';
import { openDatabase } from '../../main/core/store/open';
import type { Dataset } from '../dataset';
import { openBare } from '../lib/bare';
import { writeSeedFolder } from '../generate';
import type { Measurement } from '../lib/report';
import { timed } from '../lib/stats';
import { ARTICLE_COLUMNS, bareInsert, type ImportedRow } from './import';

export async function importDeskScenario(opts: { dataset: Dataset; workDir: string; seed: number; count: number; log: (s: string) => void }): Promise<Measurement[]> {
  const n = opts.dataset.articles.toLocaleString('en');
  const folder = join(opts.workDir, 'import-desk-folder');
  // Another seed than the desk's and the new-file import's: nothing here is in the desk already.
  await writeSeedFolder(folder, opts.count, opts.seed + 2, 0);
  const before = await openBare(opts.dataset.path);
  const firstNewId = (await before.get<{ id: number }>('SELECT max(id) AS id FROM article'))?.id ?? 0;
  await before.close();
  const core = await openFactdesk({ path: opts.dataset.path, reviewer: 'bench-import', settingsDir: opts.workDir, integrityCheck: 'background' });
  let importMs: number;
  try {
    await core.integrity; // writes wait for the background check; the import is timed after it
    const { value: outcomes, ms } = await timed(() => core.importPaths([folder]));
    const ok = outcomes.filter((o) => o.ok).length;
    if (ok !== opts.count) throw new Error(`import-desk: ${ok} of ${opts.count} articles imported`);
    importMs = ms;
  } finally {
    await core.close();
    await rm(folder, { recursive: true, force: true });
  }
  const db = await openDatabase(opts.dataset.path, { create: false, integrityCheck: 'background' });
  let rows: ImportedRow[];
  try {
    await db.integrity;
    rows = (await db.connection.all<ImportedRow>(`SELECT ${ARTICLE_COLUMNS} FROM article WHERE id > ? ORDER BY id`, [firstNewId])).map((r) => ({
      ...r,
      content_hash: createHash('sha256').update(`${r.content_hash}:bare`).digest('hex'),
    }));
  } finally {
    await db.connection.close();
  }
  const bareMs = await bareInsert(opts.dataset.path, rows, { integrityCheck: 'background' });
  const ratio = (bareMs / importMs) * 100;
  opts.log(`import-desk: import ${(importMs / 1000).toFixed(2)} s, bare ${(bareMs / 1000).toFixed(2)} s into the ${n}-article desk (${ratio.toFixed(0)} %)`);
  return [
    {
      id: 'import-desk',
      label: `import ${opts.count.toLocaleString('en')} articles into the ${n}-article desk`,
      unit: 's',
      samples: [importMs / 1000],
      target: null,
      bare: { samples: [bareMs / 1000], what: 'the same rows, one transaction, one prepared INSERT, into the same desk' },
    },
    {
      id: 'import-desk-ratio',
      label: '  import rate into the desk as % of the bare insert rate',
      unit: '%',
      samples: [ratio],
      target: { statistic: 'median', comparison: '>=', value: 60, text: '>= 60 %' },
    },
  ];
}
