// Issue 9, points 8–13: the workbench's details a desk relies on, in a real Chromium against
// `factdesk serve`: messages that never cover the text, verdict colours, overlapping claims,
// addresses that reopen a claim, focus after marking, and one date format per locale.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, SAMPLE, selectText, startWorkbench, type Workbench } from './harness';

let wb: Workbench;
let page: Page;
let articleId = 0;

const ARTICLE = /Putin und Lukaschenko/;
/** One claim per verdict of the scale and one without, on words that no other claim covers. */
const RATED: [string, string | null][] = [
  ['Präsident Wladimir Putin betonte', 'True'],
  ['strategische Partnerschaft', 'Mostly true'],
  ['fast drei Jahrzehnte lang', 'Half true'],
  ['Lukaschenko erlaubte dem Kreml', 'Mostly false'],
  ['Einsatz russischer Atomwaffen im Oktober abgeschlossen', 'False'],
  ['Er sagte nicht, wie viele von ihnen', 'Unverifiable'],
  ['monatelange große Proteste', null],
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('not on screen');
  return found;
}

async function openArticle(): Promise<void> {
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: ARTICLE }).click();
  await page.locator('[aria-label="Article text"] p.article-paragraph').first().waitFor();
}

beforeAll(async () => {
  wb = await startWorkbench();
  page = wb.page;
  expect((await wb.cli(['import', SAMPLE])).code).toBe(0);
  articleId = (JSON.parse((await wb.cli(['articles', '--json'])).stdout) as { articles: { id: number }[] }).articles[0]?.id ?? 0;
  for (const [quote, verdict] of RATED) {
    const added = JSON.parse((await wb.cli(['claim', 'add', String(articleId), '--quote', quote, '--json'])).stdout) as { id: number; revision: number };
    if (verdict !== null) {
      const rated = await wb.cli(['claim', 'update', String(added.id), '--expect-rev', String(added.revision), '--verdict', verdict]);
      expect(rated.code, rated.stderr).toBe(0);
    }
  }
  await page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

it('shows an error in a message bar that covers neither the list nor the text, can be dismissed and times out', async () => {
  await openArticle();
  const markButton = page.getByRole('button', { name: /^Mark claim/ });
  await markButton.click();
  const errors = page.getByRole('alert', { name: 'Errors' });
  const message = errors.getByText(/Select the words of the claim/);
  await message.waitFor();
  const shown = await box(message);
  expect(overlaps(shown, await box(page.getByRole('navigation', { name: 'Articles' })))).toBe(false);
  expect(overlaps(shown, await box(page.locator('[aria-label="Article text"]')))).toBe(false);
  await errors.getByRole('button', { name: 'Dismiss message' }).click();
  expect(await message.count()).toBe(0);
  // A second one goes by itself after a while.
  await markButton.click();
  await message.waitFor();
  await message.waitFor({ state: 'detached', timeout: 30_000 });
});

/** WCAG contrast of each highlight's text against its background, composited over the page as drawn. */
async function highlightLooks(p: Page): Promise<{ quote: string; title: string; border: number[]; contrast: number }[]> {
  return p.evaluate((quotes) => {
    const parse = (value: string): number[] => {
      const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
      if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
      if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
      throw new Error(`unparsed colour ${value}`);
    };
    const over = (top: number[], under: number[]): number[] => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)).concat(1);
    };
    const drawnBackground = (element: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = element; e !== null; e = e.parentElement) {
        const layer = parse(getComputedStyle(e).backgroundColor);
        if ((layer[3] ?? 0) > 0) layers.push(layer);
        if ((layer[3] ?? 0) >= 1) break;
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const luminance = (c: number[]): number => {
      const [r, g, b] = [0, 1, 2].map((i) => {
        const v = (c[i] ?? 0) / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const marks = [...document.querySelectorAll<HTMLElement>('[aria-label="Article text"] mark.claim-mark')];
    return quotes.map((quote) => {
      const mark = marks.find((m) => m.textContent !== null && quote.startsWith(m.textContent) && m.textContent.length > 3);
      if (mark === undefined) throw new Error(`no highlight for ${quote}`);
      const style = getComputedStyle(mark);
      const text = over(parse(style.color), drawnBackground(mark));
      const [l1, l2] = [luminance(text), luminance(drawnBackground(mark))].sort((a, b) => b - a);
      return { quote, title: mark.title, border: parse(style.borderBottomColor).slice(0, 3), contrast: ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05) };
    });
  }, RATED.map(([quote]) => quote));
}

async function expectDistinctReadableVerdicts(p: Page, scheme: string): Promise<void> {
  await p.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: ARTICLE }).click();
  await p.locator('[aria-label="Article text"] mark.claim-mark').first().waitFor();
  const legend = await p.getByRole('list', { name: 'Highlight colours' }).textContent();
  const looks = await highlightLooks(p);
  for (const [index, look] of looks.entries()) {
    const label = RATED[index]?.[1] ?? 'No verdict yet';
    expect(look.title, `${scheme}: tooltip of ${look.quote}`).toContain(label);
    expect(legend).toContain(label);
    expect(look.contrast, `${scheme}: contrast of ${look.quote} (${label})`).toBeGreaterThanOrEqual(4.5);
    for (const other of looks.slice(index + 1)) {
      const distance = Math.hypot(...look.border.map((v, i) => v - (other.border[i] ?? 0)));
      expect(distance, `${scheme}: ${look.quote} and ${other.quote} share a colour`).toBeGreaterThan(40);
    }
  }
  // The open claim's stronger highlight stays readable too.
  await p.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /fast drei Jahrzehnte/ }).click();
  await expect.poll(async () => (await highlightLooks(p))[2]?.contrast ?? 0, EVENTUALLY).toBeGreaterThanOrEqual(4.5);
}

it('gives every verdict its own highlight colour, readable in light and dark, named in legend and tooltip', async () => {
  await expectDistinctReadableVerdicts(page, 'light');
  const dark = await wb.browser.newContext({ colorScheme: 'dark', viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    const darkPage = await dark.newPage();
    await darkPage.goto(wb.url);
    await expectDistinctReadableVerdicts(darkPage, 'dark');
  } finally {
    await dark.close();
  }
});

async function claimCount(): Promise<number> {
  return (JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { claims: unknown[] }).claims.length;
}

it('puts the focus in the Claim field after marking, and asks before marking the exact span of a claim again', async () => {
  await openArticle();
  const before = await claimCount();
  await selectText(page, 'ehemalige Sowjetland');
  await page.getByRole('button', { name: /^Mark claim/ }).click();
  await expect.poll(claimCount, EVENTUALLY).toBe(before + 1);
  const claimField = page.getByRole('complementary', { name: 'Claim review' }).getByLabel('Claim', { exact: true });
  await expect.poll(() => claimField.evaluate((e) => e === document.activeElement), EVENTUALLY).toBe(true);

  await selectText(page, 'strategische Partnerschaft');
  await page.getByRole('button', { name: /^Mark claim/ }).click();
  const ask = page.getByRole('dialog', { name: 'This text is already a claim' });
  await ask.waitFor();
  await ask.getByRole('button', { name: /^Open claim #/ }).click();
  await page.getByRole('complementary', { name: 'Claim review' }).getByText(/strategische Partnerschaft/).first().waitFor();
  expect(await claimCount()).toBe(before + 1);

  await selectText(page, 'strategische Partnerschaft');
  await page.getByRole('button', { name: /^Mark claim/ }).click();
  await ask.getByRole('button', { name: 'Mark it again' }).click();
  await expect.poll(claimCount, EVENTUALLY).toBe(before + 2);
});

it('carries the open article and claim in the address, so a reload or a pasted link reopens the claim', async () => {
  await openArticle();
  const claims = JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { claims: { id: number; quote: { exact: string } }[] };
  const kreml = claims.claims.find((c) => c.quote.exact === 'Lukaschenko erlaubte dem Kreml');
  if (kreml === undefined) throw new Error('no Kreml claim');
  await page.getByRole('region', { name: /^Claims/ }).getByRole('button', { name: /Lukaschenko erlaubte dem Kreml/ }).click();
  const heading = page.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${kreml.id}` });
  await heading.waitFor();
  await expect.poll(() => new URL(page.url()).hash, EVENTUALLY).toBe(`#/article/${articleId}/claim/${kreml.id}`);
  await page.reload();
  await heading.waitFor();
  // A colleague's pasted link, in a fresh tab.
  const pasted = await page.context().newPage();
  await pasted.goto(page.url());
  await pasted.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${kreml.id}` }).waitFor();
  await pasted.close();
  // Closing the claim leaves the article in the address.
  await page.getByRole('button', { name: 'Close claim' }).click();
  await expect.poll(() => new URL(page.url()).hash, EVENTUALLY).toBe(`#/article/${articleId}`);
});

it('shows the article\'s own dates in its language and the workbench\'s in the interface language: a German claim date, English history times', async () => {
  const shown = JSON.parse((await wb.cli(['show', String(articleId), '--json'])).stdout) as { claims: { id: number; revision: number; quote: { exact: string } }[] };
  const claim = shown.claims.find((c) => c.quote.exact === 'fast drei Jahrzehnte lang');
  if (claim === undefined) throw new Error('no claim');
  const dated = await wb.cli(['claim', 'update', String(claim.id), '--expect-rev', String(claim.revision), '--claim-date', '2023-11-14']);
  expect(dated.code, dated.stderr).toBe(0);
  await page.goto(`${new URL(page.url()).origin}/#/article/${articleId}/claim/${claim.id}`);
  const panel = page.getByRole('complementary', { name: 'Claim review' });
  await panel.getByText('14.11.2023', { exact: true }).waitFor();
  await panel.getByText('History', { exact: true }).click();
  const history = panel.getByRole('list', { name: `History of claim #${claim.id}` });
  // The history loads after the click: wait for its first entry before reading them all.
  await history.locator('time').first().waitFor();
  // History entries are the workbench's own record (issue 15): in the interface's locale (this
  // browser's en-US), each exactly as Intl formats its timestamp there, never the article's German.
  const times = await history.locator('time').evaluateAll((nodes) =>
    nodes.map((node) => ({
      shown: node.textContent,
      expected: new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(node.getAttribute('datetime') ?? '')),
    })),
  );
  expect(times.length).toBeGreaterThan(0);
  for (const { shown, expected } of times) {
    expect(shown).toBe(expected);
    expect(shown).not.toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  }
});

it('marks words that several claims share and lets a click choose among them', async () => {
  const added = await wb.cli(['claim', 'add', String(articleId), '--quote', 'dem Kreml im Februar 2022', '--json']);
  expect(added.code, added.stderr).toBe(0);
  const second = (JSON.parse(added.stdout) as { id: number }).id;
  await page.goto(`${new URL(page.url()).origin}/#/article/${articleId}`);
  const shared = page.locator('[aria-label="Article text"] mark.claim-mark--overlap', { hasText: 'Kreml' }).first();
  await shared.waitFor();
  expect(await shared.getAttribute('title')).toMatch(/^2 claims here/);
  await shared.click();
  const chooser = page.getByRole('menu', { name: 'Claims on these words' });
  expect(await chooser.getByRole('menuitem').count()).toBe(2);
  await chooser.getByRole('menuitem', { name: new RegExp(`^Claim #${second}:`) }).click();
  await page.getByRole('complementary', { name: 'Claim review' }).getByRole('heading', { name: `Claim #${second}` }).waitFor();
  expect(await chooser.count()).toBe(0);
});
