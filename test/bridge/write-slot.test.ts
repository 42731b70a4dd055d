// In the browser, the workbench talks to the core over HTTP, and Chromium opens at most six
// connections to one host. After every change the workbench asks for a burst of reads (similar
// claims, the list, the queue, counts, comments), and the live feed holds one call open. At a
// million articles those reads take up to 200 ms each, so with six of them in flight the
// reviewer's next mark waited in the browser for a free connection (the bench measured 150-300 ms
// with the write itself at 4-16 ms). The bridge keeps one connection free for edits: reads wait
// their turn in the page instead. Real Chromium, the real bridge script, the real core on a file;
// the reads are held open as long reads would be.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../main/bridge/server';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import type { Handlers } from '../../main/core/dispatch';
import { removeTempDirs, tempDir } from '../core/store/temp';
import { launchChromium } from '../support/served-app';

const SAMPLE = join(import.meta.dirname, '../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');

let browser: Browser;
let page: Page;
let core: FactdeskCore;
let bridge: RunningBridge;
let articleId: number;
let releaseReads: () => void = () => undefined;
let readsStarted = 0;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  const dir = tempDir('factdesk-slot-');
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'ada', settingsDir: join(dir, 'settings') });
  const [outcome] = await core.importPaths([SAMPLE]);
  articleId = outcome?.articleId ?? -1;
  const held = new Promise<void>((r) => (releaseReads = r));
  readsStarted = 0;
  // The real core; its reads are held until released, as long reads at a million articles are.
  const api = {
    listArticles: async (input: Parameters<FactdeskCore['listArticles']>[0]) => {
      readsStarted++;
      await held;
      return core.listArticles(input);
    },
    waitForChanges: (input: Parameters<FactdeskCore['waitForChanges']>[0]) => core.waitForChanges(input),
    createClaim: (input: Parameters<FactdeskCore['createClaim']>[0]) => core.createClaim(input),
  } as unknown as Handlers;
  bridge = await startBridge({ api, rendererDir });
  page = await browser.newPage();
  await page.goto(bridge.url);
});

afterEach(async () => {
  releaseReads();
  await page.close();
  await bridge.close();
  await core.close();
  removeTempDirs();
});

describe('the bridge in the browser keeps a connection for edits', () => {
  it('a mark is saved while eight reads and the live feed hold every other connection; the reads all finish after', async () => {
    // In the page: the live feed's held call, eight reads, then the mark.
    await page.evaluate(
      ({ id }) => {
        type Call = (input: unknown) => Promise<{ ok: boolean }>;
        const api = (window as unknown as { factdesk: { waitForChanges: Call; listArticles: Call; createClaim: Call } }).factdesk;
        const w = window as unknown as { results: Record<string, unknown> };
        w.results = {};
        void api.waitForChanges({ afterId: 1_000_000, waitMs: 20_000 });
        for (let i = 0; i < 8; i++) {
          void api.listArticles({ sort: 'date' }).then((r) => (w.results[`read${i}`] = r.ok));
        }
        void api.createClaim({ articleId: id, start: 0, end: 20 }).then((r) => (w.results.mark = r.ok));
      },
      { id: articleId },
    );
    // The mark is saved with every read still held (before: it waited for a free connection).
    await page.waitForFunction(() => (window as unknown as { results: Record<string, unknown> }).results.mark !== undefined, null, {
      timeout: 10_000,
    });
    const before = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
    expect(before).toEqual({ mark: true });
    expect((await core.getArticle({ id: articleId })).claims).toHaveLength(1);
    // Reads are not dropped: once released, every one of them answers.
    expect(readsStarted).toBeGreaterThan(0);
    releaseReads();
    await page.waitForFunction(() => Object.keys((window as unknown as { results: Record<string, unknown> }).results).length === 9, null, {
      timeout: 10_000,
    });
    const after = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
    expect(Object.values(after).every((ok) => ok === true)).toBe(true);
  });
});
