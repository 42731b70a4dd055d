// Schema 10 (issue 16): the article list's date order is the moment of publication, and a search in
// that order reads the full-text index newest first and stops at the page. Dates come from many
// time zones ("2024-03-04T06:40:00-08:00" is later than "2024-03-04T10:00:00Z"); a search with
// more than 10,000 matches says "more than 10,000" instead of counting every match.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { MIGRATIONS } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { SEARCH_COUNT_LIMIT } from '../../../main/core/store/repositories/article-list';
import { openConnection } from '../../../main/core/store/sqlite';
import { publishedOrder } from '../../../main/common/domain/article-order';
import { addHarbourLogs } from '../../support/many-articles';
import { removeTempDirs, tempDir } from './temp';

afterAll(removeTempDirs);

/** Article texts by key, each with the word "harbour", and their publication dates. */
const DATED: Array<[key: string, published: string | null]> = [
  ['west', '2024-03-04T06:40:00-08:00'], // 14:40 UTC
  ['utc', '2024-03-04T10:00:00Z'],
  ['east', '2024-03-04T23:30:00+14:00'], // 09:30 UTC, the day before in UTC terms
  ['plain', '2024-03-04T12:00:00'], // no zone: UTC, as SQLite reads it
  ['dayOnly', '2024-03-04'], // midnight UTC
  ['undated', null],
  ['older', '1999-12-31'],
  ['fraction', '2024-03-04T14:40:00.500Z'], // the same second as "west"; imported after it
];
/** Newest first; within a second, the later import first; undated last. */
const CHRONOLOGICAL = ['fraction', 'west', 'plain', 'utc', 'east', 'dayOnly', 'older', 'undated'];

async function datedDesk(path: string): Promise<{ core: FactdeskCore; ids: Record<string, number> }> {
  const core = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(path, '..', 'settings') });
  const ids: Record<string, number> = {};
  for (const [key] of DATED) {
    const text = `Report ${key}\n\nThe harbour of ${key} reopened after the storm.`;
    const [outcome] = await core.importFiles({ files: [{ name: `${key}.txt`, data: Buffer.from(text).toString('base64') }] });
    if (!outcome?.ok || outcome.articleId === undefined) throw new Error(`import of ${key} failed`);
    ids[key] = outcome.articleId;
  }
  return { core, ids };
}

async function setDates(path: string, ids: Record<string, number>): Promise<void> {
  const raw = await openConnection(path);
  try {
    for (const [key, published] of DATED) await raw.run('UPDATE article SET published_at = ? WHERE id = ?', [published, ids[key] as number]);
  } finally {
    await raw.close();
  }
}

const keysOf = (ids: Record<string, number>, page: { articles: Array<{ id: number }> }) =>
  page.articles.map((a) => Object.keys(ids).find((k) => ids[k] === a.id));

describe('the date order', () => {
  it('is the moment of publication, whatever the time zone, with and without a search, in every step', async () => {
    const dir = tempDir('factdesk-date-order-');
    const path = join(dir, 'desk.db');
    const { core, ids } = await datedDesk(path);
    try {
      await setDates(path, ids);
      expect(keysOf(ids, await core.listArticles({ sort: 'date' }))).toEqual(CHRONOLOGICAL);
      expect(keysOf(ids, await core.listArticles({ sort: 'date', search: 'harb' }))).toEqual(CHRONOLOGICAL);
      expect(keysOf(ids, await core.listArticles({ sort: 'date', search: 'harbour', matches: 'text' }))).toEqual(CHRONOLOGICAL);
      // Pages of a step add up to the step.
      const pages = await Promise.all([0, 3, 6].map((offset) => core.listArticles({ sort: 'date', search: 'harbour', matches: 'text', limit: 3, offset })));
      expect(pages.flatMap((p) => keysOf(ids, p))).toEqual(CHRONOLOGICAL);
      expect(pages.map((p) => p.total)).toEqual([8, 8, 8]);
      // The renderer merges the two steps of a search with the same order.
      const summaries = (await core.listArticles({ sort: 'date' })).articles;
      expect(keysOf(ids, { articles: [...summaries].reverse().sort(publishedOrder) })).toEqual(CHRONOLOGICAL);
      // A date changed later moves the article, in the list and in the search.
      const raw = await openConnection(path);
      await raw.run("UPDATE article SET published_at = '2030-01-01' WHERE id = ?", [ids.older as number]);
      await raw.close();
      expect(keysOf(ids, await core.listArticles({ sort: 'date', search: 'harbour', matches: 'text', limit: 1 }))).toEqual(['older']);
      expect(keysOf(ids, await core.listArticles({ sort: 'date', limit: 1 }))).toEqual(['older']);
    } finally {
      await core.close();
    }
  });

  it('stores a corrected date as imports do ("+02:00"), so an offset without a colon still sorts as a date', async () => {
    const dir = tempDir('factdesk-date-offset-');
    const path = join(dir, 'desk.db');
    const { core, ids } = await datedDesk(path);
    try {
      await setDates(path, ids);
      const { article } = await core.getArticle({ id: ids.undated as number });
      const saved = await core.updateArticle({ id: article.id, expectedRevision: article.revision, patch: { publishedAt: '2024-03-04T17:00:00+0200' } });
      expect(saved.publishedAt).toBe('2024-03-04T17:00:00+02:00');
      // 15:00 UTC: newer than "west" (14:40 UTC), no longer last as undated.
      expect(keysOf(ids, await core.listArticles({ sort: 'date', search: 'harbour', matches: 'text', limit: 2 }))).toEqual(['undated', 'fraction']);
    } finally {
      await core.close();
    }
  });

  it('is read from indexes: neither the list nor its search sorts the articles', async () => {
    const dir = tempDir('factdesk-date-plan-');
    const path = join(dir, 'desk.db');
    const { core } = await datedDesk(path);
    await core.close();
    const raw = await openConnection(path);
    try {
      const { LIST_ORDER_SQL } = await import('../../../main/core/store/repositories/article-list');
      const plan = async (sql: string) => (await raw.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)).map((r) => r.detail).join('\n');
      expect(await plan(`SELECT id FROM article a ORDER BY ${LIST_ORDER_SQL.date} LIMIT 500`)).not.toMatch(/TEMP B-TREE/);
      expect(await plan("SELECT rowid FROM article_fts WHERE article_fts MATCH '\"harb\"*' ORDER BY rowid DESC LIMIT 500")).not.toMatch(/TEMP B-TREE/);
    } finally {
      await raw.close();
    }
  });
});

describe('a search with more matches than it counts', () => {
  it(`shows the newest page and says "more than ${SEARCH_COUNT_LIMIT.toLocaleString('en')}"`, async () => {
    const dir = tempDir('factdesk-date-cap-');
    const path = join(dir, 'desk.db');
    const core = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(dir, 'settings') });
    await core.close();
    const many = SEARCH_COUNT_LIMIT + 25;
    await addHarbourLogs(path, many);
    const reopened = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(dir, 'settings') });
    try {
      const page = await reopened.listArticles({ sort: 'date', search: 'harbour', matches: 'text' });
      expect(page.articles).toHaveLength(500);
      expect(page.articles[0]?.title).toBe(`Harbour log ${many - 1}`);
      expect(page.articles[499]?.title).toBe(`Harbour log ${many - 500}`);
      expect([page.total, page.totalAtLeast]).toEqual([SEARCH_COUNT_LIMIT, true]);
      // A page further on counts at least as far as itself.
      const far = await reopened.listArticles({ sort: 'date', search: 'harbour', matches: 'text', limit: 20, offset: SEARCH_COUNT_LIMIT });
      expect(far.articles.map((a) => a.title)).toEqual(Array.from({ length: 20 }, (_, k) => `Harbour log ${many - 1 - SEARCH_COUNT_LIMIT - k}`));
      expect([far.total, far.totalAtLeast]).toEqual([SEARCH_COUNT_LIMIT + 20, true]);
      // The last page ends the list, so its total is exact.
      const last = await reopened.listArticles({ sort: 'date', search: 'harbour', matches: 'text', limit: 50, offset: many - 5 });
      expect([last.articles.length, last.total, last.totalAtLeast]).toEqual([5, many, undefined]);
      // Fewer matches than the limit: counted exactly.
      const few = await reopened.listArticles({ sort: 'date', search: 'entry 42', matches: 'text' });
      expect(few.totalAtLeast).toBeUndefined();
      expect(few.total).toBe(few.articles.length);
    } finally {
      await reopened.close();
    }
  });
});

describe('schema 10', () => {
  it('re-indexes a schema-9 file: its dated articles are found in date order', async () => {
    const dir = tempDir('factdesk-schema10-');
    const path = join(dir, 'v9.db');
    const v9 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 9) });
    await v9.connection.write(async (tx) => {
      for (const [i, [key, published]] of DATED.entries()) {
        await tx.run(
          `INSERT INTO article (title, text, published_at, content_hash, format, imported_at) VALUES (?, ?, ?, ?, 'text', ?)`,
          [`Report ${key}`, `The harbour of ${key}.`, published, i.toString(16).padStart(64, 'a'), `2026-12-01T00:00:0${i}Z`],
        );
      }
    });
    await v9.connection.close();
    const core = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(dir, 'settings') });
    try {
      const titles = (await core.listArticles({ sort: 'date', search: 'harbour', matches: 'text' })).articles.map((a) => a.title);
      expect(titles).toEqual(CHRONOLOGICAL.map((k) => `Report ${k}`));
    } finally {
      await core.close();
    }
  });
});
