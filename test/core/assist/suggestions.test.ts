// The reader's check-worthy suggestions (issue 14.1) through the core API on a real file: the top
// quarter of an article's sentences by its language's model, and a reviewer's accept/dismiss
// recorded with who, which sentence and which model version (for retraining).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { rankArticle, modelForArticleLanguage } from '../../../main/core/assist/checkworthy';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../store/temp';

const GERMAN = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const ENGLISH = join(import.meta.dirname, '../../fixtures/import/plain-article.txt');

let dir: string;
let core: FactdeskCore;

beforeAll(async () => {
  dir = tempDir('factdesk-suggestions-');
  core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'ada', settingsDir: join(dir, 'settings') });
  for (const file of [GERMAN, ENGLISH]) expect((await core.importPaths([file]))[0]?.ok).toBe(true);
});
afterAll(async () => {
  await core?.close();
  removeTempDirs();
});

async function judgements(): Promise<unknown[]> {
  const raw = await openConnection(join(dir, 'desk.db'), { readOnly: true });
  try {
    return await raw.all('SELECT reviewer, article_id, part, sentence_start, sentence, lang, model_version, decision, claim_id FROM suggestion_judgement ORDER BY id');
  } finally {
    await raw.close();
  }
}

describe.each([
  ['de', 1],
  ['en', 2],
])('articleSuggestions (%s)', (lang, articleId) => {
  it('suggests the top quarter of the sentences, by the model of the article\'s language', async () => {
    const { article } = await core.getArticle({ id: articleId });
    const model = await modelForArticleLanguage(article.language);
    const all = rankArticle(article, model);
    const suggested = await core.articleSuggestions({ articleId });
    expect(suggested).toMatchObject({ lang, modelVersion: model.version });
    expect(suggested.sentences).toHaveLength(Math.max(1, Math.round(all.length / 4)));
    expect(suggested.sentences.map((s) => s.rank).sort((a, b) => a - b)).toEqual(suggested.sentences.map((_, i) => i + 1));
  });
});

describe('judgeSuggestion', () => {
  it('records who accepted or dismissed which sentence under which model version, and the reader sees it', async () => {
    const { sentences, modelVersion } = await core.articleSuggestions({ articleId: 1 });
    const [first, second] = sentences;
    await core.judgeSuggestion({ articleId: 1, part: first!.part, index: first!.index, decision: 'dismissed' });
    if (second) await core.judgeSuggestion({ articleId: 1, part: second.part, index: second.index, decision: 'accepted', claimId: null });
    expect((await judgements())[0]).toEqual({
      reviewer: 'ada', article_id: 1, part: first!.part, sentence_start: first!.index, sentence: first!.text,
      lang: 'de', model_version: modelVersion, decision: 'dismissed', claim_id: null,
    });
    const again = await core.articleSuggestions({ articleId: 1 });
    expect(again.sentences[0]!.judgement).toBe('dismissed');
    if (second) expect(again.sentences[1]!.judgement).toBe('accepted');
  });

  it('keeps a decision with its sentence when a new version of the text moves it', async () => {
    const { sentences } = await core.articleSuggestions({ articleId: 1 });
    const dismissed = sentences.find((s) => s.judgement === 'dismissed');
    if (dismissed === undefined) throw new Error('the test above dismissed one');
    // A new first paragraph moves every body sentence; the dismissed one is still the same sentence.
    const text = await readFile(GERMAN, 'utf8');
    const lines = text.split('\n');
    const bodyStart = lines.findIndex((l) => l.startsWith('ST PETERSBURG'));
    lines.splice(bodyStart, 0, 'Ein neuer erster Absatz, den es vorher nicht gab.');
    const v2 = join(dir, 'v2.txt');
    await writeFile(v2, lines.join('\n'));
    expect((await core.importFileAsVersion(1, v2)).ok).toBe(true);
    const after = await core.articleSuggestions({ articleId: 1 });
    const moved = after.sentences.find((s) => s.text === dismissed.text);
    expect(moved?.index).not.toBe(dismissed.index);
    expect(moved?.judgement).toBe('dismissed');
    // No other sentence inherited the decision from the old offset.
    expect(after.sentences.filter((s) => s.index === dismissed.index && s.judgement !== null)).toEqual([]);
  });

  it('refuses a sentence the article does not have, writing nothing', async () => {
    const before = await judgements();
    await expect(core.judgeSuggestion({ articleId: 2, part: 'body', index: 99_999, decision: 'accepted' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Article 2 has no sentence at body offset 99999 to judge.',
    });
    expect(await judgements()).toEqual(before);
  });
});
