// Benchmark (not a test): how long opening an article with 300 claims takes in Chromium, from the
// click in the article list until every highlight is on screen, and the reader's own single
// editor update (build + restore of all highlights). Run: npx electron-vite build && npx vitest bench --run test/e2e
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { SAMPLE, startWorkbench, type Workbench } from './harness';

const CLAIMS = 300;
let wb: Workbench;
const editorUpdateMs: number[] = [];
const openMs: number[] = [];
const median = (xs: number[]): string => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN).toFixed(1);

beforeAll(async () => {
  wb = await startWorkbench();
  const { page } = wb;
  await page.goto(wb.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(SAMPLE);
  await page.getByText('Imported 1 article').waitFor();
  // 300 claims of 2–12 words spread over the whole text: overlapping, some across paragraphs.
  await page.evaluate(async (count) => {
    type Call = (input: unknown) => Promise<{ ok: boolean; value: unknown }>;
    type Bridge = { getArticle: Call; createClaim: Call };
    const bridge = (window as unknown as { factdesk: Bridge }).factdesk;
    const detail = (await bridge.getArticle({ id: 1 })).value as { article: { text: string } };
    const text = detail.article.text;
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) if (i === 0 || text[i - 1] === ' ') starts.push(i);
    for (let n = 0; n < count; n++) {
      const start = starts[(n * 7) % starts.length] ?? 0;
      const end = Math.min(text.length, start + 15 + ((n * 13) % 60));
      const result = await bridge.createClaim({ articleId: 1, start, end });
      if (!result.ok) throw new Error(JSON.stringify(result));
    }
  }, CLAIMS);
  // A second article to switch away to between runs.
  await page.evaluate(async () => {
    type Bridge = { importFiles: (input: unknown) => Promise<{ ok: boolean }> };
    const bridge = (window as unknown as { factdesk: Bridge }).factdesk;
    await bridge.importFiles({ files: [{ name: 'leer.md', data: btoa('# Andere Meldung\n\nKurzer Text.\n') }] });
  });
  await page.reload();
}, 180_000);

afterAll(async () => {
  if (editorUpdateMs.length > 0) {
    console.log(`click -> ${CLAIMS} highlights on screen: median ${median(openMs)} ms; the reader's single editor update (build + restore): median ${median(editorUpdateMs)} ms; ${openMs.length} runs`);
  }
  await wb?.close();
});

describe(`open an article with ${CLAIMS} claims`, () => {
  bench(
    'click in the list -> all highlights on screen',
    async () => {
      const { page } = wb;
      const list = page.getByRole('navigation', { name: 'Articles' });
      await list.getByRole('button', { name: /Andere Meldung/ }).click();
      await page.getByRole('article', { name: 'Article text' }).getByText('Kurzer Text.').waitFor();
      const started = performance.now();
      await list.getByRole('button', { name: /Putin und Lukaschenko/ }).click();
      await page.waitForFunction(
        (count) => {
          const ids = new Set<string>();
          for (const m of document.querySelectorAll('mark[data-claim-ids]')) {
            for (const id of (m.getAttribute('data-claim-ids') ?? '').split(' ')) ids.add(id);
          }
          return ids.size >= count;
        },
        CLAIMS,
        { polling: 'raf' },
      );
      openMs.push(performance.now() - started);
      editorUpdateMs.push(Number(await page.evaluate(() => document.documentElement.dataset.lastOpenMs)));
    },
    { iterations: 10, warmupIterations: 2, time: 0, warmupTime: 0 },
  );
});
