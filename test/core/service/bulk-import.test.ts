// Bulk import stores articles many to an INSERT: outcomes must still come back per file, in
// order, with repeats of a text reported as duplicates of its first file, one change-log entry per
// new article, and a file that breaks a rule failing alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../store/temp';

let dir: string;
let dbPath: string;
let core: FactdeskCore;

beforeEach(async () => {
  dir = tempDir('factdesk-bulk-');
  dbPath = join(dir, 'desk.db');
  core = await openFactdesk({ path: dbPath, reviewer: 'ada', settingsDir: dir });
});

afterEach(async () => {
  await core.close();
  removeTempDirs();
});

/** n articles named 000.txt, 001.txt, …; `text(i)` decides each one's body. */
function writeFolder(n: number, text: (i: number) => string): string {
  const folder = join(dir, 'in');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), `Report ${i}\n\n${text(i)}`);
  return folder;
}

describe('bulk import', () => {
  it('reports every file in order; a repeated text is a duplicate of its first file, within a statement or across', async () => {
    // 120 files: several INSERT statements in one batch. 7 repeats 3 (same statement), 90 repeats 10 (another one).
    const folder = writeFolder(120, (i) => `Body of article ${i === 7 ? 3 : i === 90 ? 10 : i} about the harbour.`);
    const progress: number[] = [];
    const outcomes = await core.importPaths([folder], (done) => progress.push(done));
    expect(outcomes.map((o) => o.fileName)).toEqual(Array.from({ length: 120 }, (_, i) => `${String(i).padStart(3, '0')}.txt`));
    expect(progress.at(-1)).toBe(120);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes[7]).toMatchObject({ duplicate: true, articleId: outcomes[3]?.articleId });
    expect(outcomes[90]).toMatchObject({ duplicate: true, articleId: outcomes[10]?.articleId });
    const created = outcomes.filter((o) => !o.duplicate);
    expect(created).toHaveLength(118);
    // Ids follow the files' order.
    const ids = created.map((o) => o.articleId ?? 0);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);

    const raw = await openConnection(dbPath, { readOnly: true });
    try {
      const logged = await raw.all<{ entity_id: number }>("SELECT entity_id FROM change_log WHERE entity = 'article' ORDER BY id");
      expect(logged.map((r) => r.entity_id)).toEqual(ids);
    } finally {
      await raw.close();
    }
    expect((await core.listArticles({ search: 'harbour', limit: 1000 })).articles.length).toBe(118);
  });

  it('lets a file that breaks a rule fail alone; the rest of its statement is stored', async () => {
    const folder = writeFolder(60, (i) => (i === 25 ? 'A POISON text the file refuses.' : `Body ${i}.`));
    // A rule the schema does not have, added behind the core's back: SQLite aborts that row's INSERT.
    const raw = await openConnection(dbPath);
    await raw.exec("CREATE TRIGGER poison BEFORE INSERT ON article WHEN new.text LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned text'); END;");
    await raw.close();
    const outcomes = await core.importPaths([folder]);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.fileName)).toEqual(['025.txt']);
    expect(outcomes[25]?.error).toContain('poisoned text');
    expect(outcomes.filter((o) => o.ok && !o.duplicate)).toHaveLength(59);
    expect((await core.getDatabaseInfo({})).articleCount).toBe(59);
  });
});
