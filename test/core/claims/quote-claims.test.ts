// A claim marked at a quote (the CLI's `claim add --quote`) is a contract method like any other
// (issue 11): its argument is validated once, at dispatch, by the contract's schema, and the
// transports serve it exactly as the in-process core does.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/core/dispatch';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { removeTempDirs, tempDir } from '../store/temp';

const SAMPLE = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const QUOTE = 'im Oktober abgeschlossen';

let dir: string;
let core: FactdeskCore;
let articleId: number;

beforeEach(async () => {
  dir = tempDir('factdesk-quote-');
  core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'ada', settingsDir: join(dir, 'settings') });
  const [outcome] = await core.importPaths([SAMPLE]);
  articleId = outcome!.articleId!;
});
afterEach(async () => {
  await core.close();
  removeTempDirs();
});

describe('a claim at a quote, through dispatch', () => {
  it('is served by dispatch like the other methods and anchors the quote', async () => {
    const reply = await dispatch(core, 'createClaimFromQuote', { articleId, quote: QUOTE });
    expect(reply.ok).toBe(true);
    const { article, claims } = await core.getArticle({ id: articleId });
    expect(claims).toHaveLength(1);
    const { start, end } = claims[0]!.position;
    expect(article.text.slice(start, end)).toBe(QUOTE);
  });

  it('refuses a bad argument with the schema message and writes nothing', async () => {
    for (const bad of [
      { articleId, quote: '' },
      { articleId, quote: QUOTE, occurrence: 0 },
      { articleId: -1, quote: QUOTE },
      { articleId, quote: QUOTE, extra: true },
    ]) {
      const reply = await dispatch(core, 'createClaimFromQuote', bad);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(reply.ok ? '' : reply.error.message).toMatch(/^Invalid input: /);
    }
    expect((await core.getArticle({ id: articleId })).claims).toHaveLength(0);
  });
});
