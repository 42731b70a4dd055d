// Opening with the integrity check in the background (issue 16): the list is readable at once,
// PRAGMA quick_check runs on its own read-only connection, and every write waits for it. A
// damaged file is then closed with the usual refusal, and no write issued meanwhile reaches it.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { leakPage } from './planted';
import { removeTempDirs, snapshotDir, tempDir } from './temp';

afterEach(removeTempDirs);

const QUOTE = 'Die Stadt meldet neue Zahlen';

/** A Factdesk file (rollback journal, so nothing lingers beside it once closed) with one article. */
async function fileWithArticle(dir: string): Promise<{ path: string; articleId: number }> {
  const path = join(dir, 'desk.db');
  const core = await openFactdesk({ path, reviewer: 'owner', location: 'network', settingsDir: join(dir, 'settings') });
  try {
    const text = `Bericht\n\n${QUOTE} zu Haushalt und Verkehr.\nSchluss.`;
    const [outcome] = await core.importFiles({ files: [{ name: 'bericht.txt', data: Buffer.from(text).toString('base64') }] });
    if (outcome?.articleId === undefined) throw new Error('import failed');
    return { path, articleId: outcome.articleId };
  } finally {
    await core.close();
  }
}

function openInBackground(path: string, dir: string): Promise<FactdeskCore> {
  return openFactdesk({ path, reviewer: 'second', location: 'network', settingsDir: join(dir, 'settings'), integrityCheck: 'background' });
}

/** Whether the promise has settled by now (checked right after the write was issued). */
function settledFlag(p: Promise<unknown>): { readonly settled: boolean } {
  const flag = { settled: false };
  p.then(
    () => (flag.settled = true),
    () => (flag.settled = true),
  );
  return flag;
}

describe('the integrity check in the background', () => {
  it('reads at once, holds a write until the check passes, then writes it', async () => {
    const dir = tempDir();
    const { path, articleId } = await fileWithArticle(dir);
    const core = await openInBackground(path, dir);
    try {
      const check = settledFlag(core.integrity);
      const write = core.createClaimFromQuote({ articleId, quote: QUOTE });
      expect(check.settled).toBe(false); // the write was issued while the check was running
      expect((await core.listArticles({})).articles.map((a) => a.id)).toEqual([articleId]);
      await expect(core.integrity).resolves.toBeUndefined();
      const claim = await write;
      expect((await core.getArticle({ id: articleId })).claims.map((c) => c.id)).toEqual([claim.id]);
    } finally {
      await core.close();
    }
  });

  it('refuses a write issued before the check finds damage, closes the file, and leaves it untouched', async () => {
    const dir = tempDir();
    const { path, articleId } = await fileWithArticle(dir);
    const page = await leakPage(path); // damage only quick_check finds: every read still works
    const before = snapshotDir(dir);
    const core = await openInBackground(path, dir);
    try {
      const check = settledFlag(core.integrity);
      const write = core.createClaimFromQuote({ articleId, quote: QUOTE });
      const settings = core.updateSettings({ organisationName: 'Overwritten' });
      expect(check.settled).toBe(false);
      const refusal = new RegExp(`^Factdesk will not open ".*desk\\.db": it is damaged \\(SQLite's quick check: Page ${page}: never used\\)\\.$`);
      await expect(core.integrity).rejects.toThrow(refusal);
      await expect(write).rejects.toThrow(refusal);
      await expect(settings).rejects.toThrow(refusal);
      // Closed with the refusal: later calls, reads included, get the same sentence.
      await expect(core.listArticles({})).rejects.toThrow(refusal);
      await expect(core.createClaimFromQuote({ articleId, quote: QUOTE })).rejects.toThrow(refusal);
    } finally {
      await core.close();
    }
    expect(snapshotDir(dir)).toEqual(before);
  });
});
