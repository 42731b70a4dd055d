// Schema 2 adds the narrow (id, parent) indexes the article search reads: a schema-1 file gets
// them on upgrade, and searches through claims and sources work on the upgraded file.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactdesk } from '../../../main/core/service';
import { MIGRATIONS } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { removeTempDirs, tempDir } from './temp';

afterAll(() => removeTempDirs());

describe('search lookup indexes (schema 2)', () => {
  it('are added to a schema-1 file, whose claims and sources are then searchable', async () => {
    const dir = tempDir();
    const path = join(dir, 'v1.db');
    const v1 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    await v1.connection.write(async (tx) => {
      await tx.run(
        `INSERT INTO article (title, text, content_hash, format, imported_at) VALUES ('Harbour fees', 'The ferry fees rise in May.', ?, 'text', '2024-01-01')`,
        ['a'.repeat(64)],
      );
      await tx.run(
        `INSERT INTO claim (article_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, claim_reviewed, rationale, created_at, updated_at)
         VALUES (1, 'ferry fees rise', 'The ', ' in May.', 4, 19, 'ferry fees rise', 'Port ledger checked.', '2024-01-01', '2024-01-01')`,
      );
      await tx.run(`INSERT INTO source (claim_id, url, title, created_at, updated_at) VALUES (1, 'https://example.org', 'Tariff sheet', '2024-01-01', '2024-01-01')`);
    });
    const before = await v1.connection.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE name IN ('claim_article_of', 'source_claim_of')");
    await v1.connection.close();
    expect(before).toEqual([]);

    const core = await openFactdesk({ path, reviewer: 'ada', settingsDir: dir });
    try {
      expect((await core.getDatabaseInfo({})).schemaVersion).toBe(MIGRATIONS.length);
      for (const sort of [undefined, 'date', 'imported', 'title'] as const) {
        expect((await core.listArticles({ search: 'ledger', sort })).articles.map((a) => a.id)).toEqual([1]);
        expect((await core.listArticles({ search: 'tariff', sort })).articles.map((a) => a.id)).toEqual([1]);
      }
    } finally {
      await core.close();
    }
  });
});
