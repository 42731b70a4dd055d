// The sample article (issue 17): a first start can add the shipped seed article with its October
// claim already marked, rated and sourced, labelled as a sample; it is removed again in one step,
// with its history kept, and never takes the place of an article the person imported themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_CATEGORY, isSampleArticle } from '@common/domain/sample';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { removeTempDirs, tempDir } from '../store/temp';

const FIXTURE_SEED = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const OCTOBER_SENTENCE = 'Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei.';

let dir: string;
let core: FactdeskCore;

beforeEach(async () => {
  dir = tempDir('factdesk-sample-');
  core = await openFactdesk({ path: join(dir, 'desk.factdesk'), reviewer: 'ada', settingsDir: join(dir, 'settings') });
});
afterEach(async () => {
  await core.close();
  removeTempDirs();
});

describe('the sample article', () => {
  it('adds the seed article with the October claim marked, rated, sourced and waiting for a second reviewer', async () => {
    const { articleId, claimId } = await core.openSampleArticle({});
    const { article, claims, sources } = await core.getArticle({ id: articleId });
    expect(article.title).toMatch(/^Putin und Lukaschenko treffen sich in St\. Petersburg/);
    expect(article.category).toBe(SAMPLE_CATEGORY);
    expect(isSampleArticle(article)).toBe(true);
    expect(article.sourceName).toMatch(/sample/i);
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim!.id).toBe(claimId);
    expect(claim!.quote.exact).toBe(OCTOBER_SENTENCE);
    expect(article.text.slice(claim!.position.start, claim!.position.end)).toBe(OCTOBER_SENTENCE);
    expect(claim).toMatchObject({ claimant: 'Alexander Lukaschenko', verdict: 'unverifiable', verdictSetBy: 'ada', status: 'needs_review', createdBy: 'ada' });
    expect(claim!.rationale).toMatch(/^Sample check/);
    expect(sources).toEqual([expect.objectContaining({ claimId, stance: 'supports', url: expect.stringMatching(/^https:\/\//) })]);
    const list = await core.listArticles({});
    expect(list.articles.map((a) => a.category)).toEqual([SAMPLE_CATEGORY]);
  });

  it('is the seed file of the mission, shipped with the app', async () => {
    const { articleId } = await core.openSampleArticle({});
    const shipped = readFileSync(join(import.meta.dirname, '../../../main/core/sample/putin-lukaschenko-st-petersburg.de.txt'), 'utf8');
    expect(shipped).toBe(readFileSync(FIXTURE_SEED, 'utf8'));
    expect((await core.getArticle({ id: articleId })).article.text).toContain(OCTOBER_SENTENCE);
  });

  it('is added once, however often it is asked for', async () => {
    const first = await core.openSampleArticle({});
    const second = await core.openSampleArticle({});
    expect(second).toEqual(first);
    expect((await core.listArticles({})).total).toBe(1);
  });

  it('is removed in one step with its claim and source, and the history records it', async () => {
    const { articleId, claimId } = await core.openSampleArticle({});
    const before = (await core.changesSince({ afterId: 0 })).entries.length;
    expect(await core.removeSampleArticle({})).toEqual({ removed: 1 });
    expect((await core.listArticles({})).total).toBe(0);
    await expect(core.getArticle({ id: articleId })).rejects.toMatchObject({ code: 'not_found' });
    const removal = (await core.changesSince({ afterId: 0 })).entries.slice(before);
    expect(removal.map((e) => `${e.entity} ${e.action}`)).toEqual(['source delete', 'claim delete', 'article delete']);
    expect(removal.find((e) => e.entity === 'claim')?.entityId).toBe(claimId);
    expect(await core.removeSampleArticle({})).toEqual({ removed: 0 });
  });

  it('removes only the sample: articles the person imported stay', async () => {
    const [imported] = await core.importPaths([join(import.meta.dirname, '../../fixtures/import/article.md')]);
    expect(imported?.ok).toBe(true);
    await core.openSampleArticle({});
    await core.removeSampleArticle({});
    const left = await core.listArticles({});
    expect(left.articles.map((a) => a.id)).toEqual([imported!.articleId]);
  });

  it('is not added over the same article imported by the person, and nothing is written', async () => {
    const [imported] = await core.importPaths([FIXTURE_SEED]);
    const changes = (await core.changesSince({ afterId: 0 })).entries.length;
    await expect(core.openSampleArticle({})).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/already in this database/) });
    expect((await core.changesSince({ afterId: 0 })).entries.length).toBe(changes);
    expect((await core.getArticle({ id: imported!.articleId! })).claims).toEqual([]);
    expect(await core.removeSampleArticle({})).toEqual({ removed: 0 });
    expect((await core.listArticles({})).total).toBe(1);
  });
});
