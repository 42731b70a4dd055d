// Scenarios in the renderer, in Debian's Chromium against `factdesk serve` on the 100k file:
//  4. open an article with 300 claims until every highlight is shown;
//  5. mark a claim: from Ctrl+Shift+M to the highlight shown and the row committed;
//  7. another reviewer's change (a second copy of the core on the same file) visible in the
//     page, and the CPU an idle open copy uses (the serve process and Chromium's renderer).
import type { Page } from 'playwright-core';
import type { ArticleDetail } from '@common/domain/types';
import { openFactdesk } from '../../main/core/service';
import type { Dataset } from '../dataset';
import { commandLine, cpuTimeMs, descendants } from '../lib/proc';
import {
  ARM_MARK_RECORDER,
  ARM_OPEN_RECORDER,
  ARM_VERDICT_RECORDER,
  AWAIT_RECORDER,
  inPage,
} from '../lib/page-scripts';
import { SELECT_TEXT } from '../../test/support/page-selection';
import type { Measurement } from '../lib/report';
import { launchChromium, openWorkbench, serve, type Served } from '../lib/workbench';

interface Options {
  dataset: Dataset;
  reader: boolean;
  live: boolean;
  reps: number;
  log: (s: string) => void;
}

const IDLE_WINDOW_MS = 5_000;
const IDLE_WINDOWS = 2;

export async function browserScenarios(opts: Options): Promise<Measurement[]> {
  const served = await serve(opts.dataset.path, 'bench-reader');
  const browser = await launchChromium();
  const out: Measurement[] = [];
  try {
    const page = await openWorkbench(browser, served);
    const long = await served.call<ArticleDetail>('getArticle', { id: opts.dataset.longArticleId });
    const typical = await served.call<ArticleDetail>('getArticle', { id: opts.dataset.typicalArticleId });
    const open = (detail: ArticleDetail) => openArticle(page, detail);
    if (opts.reader) {
      out.push(...(await openLongArticle(page, long, typical, opts)));
      // Writes wait for the background quick_check (most of a minute at a million articles); a
      // mark is timed once writes are allowed, as at 100k. A heartbeat is a write: it returns then.
      const waited = Date.now();
      await served.call('heartbeat', { editing: null });
      opts.log(`reader: writes allowed ${((Date.now() - waited) / 1000).toFixed(1)} s after the article timings`);
      await open(typical);
      out.push(await markClaims(page, served, typical.article.id, 'mark a claim (Ctrl+Shift+M → highlight + row committed)', 'mark', opts));
      await open(long);
      out.push(await markClaims(page, served, long.article.id, '  same, in the article with 300 claims', 'mark-long', opts));
    }
    if (opts.live) {
      await open(typical);
      out.push(...(await liveChanges(page, served, typical.article.id, opts)));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await served.stop();
  }
  return out;
}

function articleRow(page: Page, title: string) {
  return page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: title });
}

/** Opens an article from the list and waits until all its (non-orphaned) claims are highlighted. */
async function openArticle(page: Page, detail: ArticleDetail): Promise<{ dom: number; painted: number; editorMs: number }> {
  const expected = detail.claims.filter((c) => !c.orphaned).map((c) => c.id);
  await inPage(page, ARM_OPEN_RECORDER, expected);
  await articleRow(page, detail.article.title).click();
  return inPage(page, AWAIT_RECORDER);
}

async function openLongArticle(page: Page, long: ArticleDetail, typical: ArticleDetail, opts: Options): Promise<Measurement[]> {
  const painted: number[] = [];
  const dom: number[] = [];
  const editor: number[] = [];
  // One unmeasured round first: Chromium compiles the reader's code paths on first use.
  for (let rep = 0; rep <= opts.reps; rep++) {
    await openArticle(page, typical);
    const t = await openArticle(page, long);
    if (rep === 0) continue;
    painted.push(t.painted);
    dom.push(t.dom);
    editor.push(t.editorMs);
  }
  opts.log(`reader: open 300-claim article ${painted.map((m) => m.toFixed(0)).join(' ')} ms`);
  return [
    {
      id: 'open-article',
      label: `open an article with ${long.claims.length} claims, until every highlight is shown`,
      unit: 'ms',
      samples: painted,
      target: { statistic: 'median', comparison: '<', value: 200, text: '< 200 ms' },
      note: 'click on the list row → next frame after the last <mark> is in the DOM (page clock)',
      details: { domMs: dom, editorUpdateMs: editor },
    },
  ];
}

/**
 * Sentences of the text not covered by any claim: what the reviewer marks next. Sentences end at
 * ". " (or the paragraph's end) and are at least 30 characters long.
 */
function freeSentences(detail: ArticleDetail): Array<{ start: number; end: number }> {
  const text = detail.article.text;
  const covered = (start: number, end: number) => detail.claims.some((c) => c.position.start < end && c.position.end > start);
  const found: Array<{ start: number; end: number }> = [];
  const sentence = /[^.\n]+(?:\.\d[^.\n]*)*\./g;
  for (let m = sentence.exec(text); m !== null; m = sentence.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (end - start >= 30 && !covered(start, end)) found.push({ start, end });
  }
  return found;
}

async function markClaims(page: Page, served: Served, articleId: number, label: string, id: string, opts: Options): Promise<Measurement> {
  const detail = await served.call<ArticleDetail>('getArticle', { id: articleId });
  const sentences = freeSentences(detail);
  const totals: number[] = [];
  const highlight: number[] = [];
  const committed: number[] = [];
  const reps = Math.min(opts.reps + 1, sentences.length);
  for (let rep = 0; rep < reps; rep++) {
    const range = sentences[rep] as { start: number; end: number };
    const selected = await inPage<string>(page, SELECT_TEXT, { ...range, focus: true });
    if (selected !== 'ok') throw new Error(`mark: ${selected}`);
    // Lexical reads the selection on selectionchange; give it that event before the shortcut.
    await page.waitForTimeout(50);
    await inPage(page, ARM_MARK_RECORDER);
    await page.keyboard.press('Control+Shift+M');
    const t = await inPage<{ dom: number; painted: number; committed: number; total: number }>(page, AWAIT_RECORDER);
    // Marking moves the focus to the new claim's Claim field once its panel opens; wait for that,
    // as a reviewer would, so it cannot take the next selection away mid-measurement.
    await page.waitForFunction(() => document.activeElement instanceof HTMLTextAreaElement, null, { timeout: 10_000 });
    if (rep === 0) continue; // warm-up
    totals.push(t.total);
    highlight.push(t.painted);
    committed.push(t.committed);
  }
  const after = await served.call<ArticleDetail>('getArticle', { id: articleId });
  if (after.claims.length !== detail.claims.length + reps) {
    throw new Error(`mark: expected ${detail.claims.length + reps} claims after marking, found ${after.claims.length}`);
  }
  opts.log(`${id}: ${totals.map((m) => m.toFixed(0)).join(' ')} ms (committed ${committed.map((m) => m.toFixed(0)).join(' ')})`);
  return {
    id,
    label,
    unit: 'ms',
    samples: totals,
    target: { statistic: 'median', comparison: '<', value: 50, text: '< 50 ms' },
    details: { highlightPaintedMs: highlight, createClaimResponseMs: committed },
  };
}

const VERDICT_CYCLE = ['false', 'mostly_true', 'half_true', 'true'];

async function liveChanges(page: Page, served: Served, articleId: number, opts: Options): Promise<Measurement[]> {
  const other = await openFactdesk({ path: opts.dataset.path, reviewer: 'bench-other-reviewer' });
  const visible: number[] = [];
  try {
    // The core checks the file for others' commits on a tick; changes land at random points of it, so spread them out.
    for (let rep = 0; rep <= opts.reps; rep++) {
      const { claims } = await other.getArticle({ id: articleId });
      const claim = claims[0];
      if (claim === undefined) throw new Error('live: the article has no claim to change');
      const verdict = VERDICT_CYCLE.find((v) => v !== claim.verdict) ?? 'false';
      await inPage(page, ARM_VERDICT_RECORDER, { id: claim.id, verdict });
      await new Promise((r) => setTimeout(r, 100 + ((rep * 263) % 700)));
      await other.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { verdict } });
      const committedAt = Date.now();
      const seen = await inPage<{ dom: number; painted: number }>(page, AWAIT_RECORDER);
      if (rep > 0) visible.push(seen.painted - committedAt);
    }
  } finally {
    await other.close();
  }
  opts.log(`live: visible after ${visible.map((m) => m.toFixed(0)).join(' ')} ms`);

  // Idle: the article open, nobody typing; the live feed's call is held open in the core.
  await page.waitForTimeout(1_000);
  const serverPid = served.process.pid ?? -1;
  const renderers = descendants(process.pid).filter((pid) => commandLine(pid).includes('--type=renderer'));
  const chromiumAll = descendants(process.pid).filter((pid) => /chrom/i.test(commandLine(pid)));
  const serverCpu: number[] = [];
  const rendererCpu: number[] = [];
  const chromiumCpu: number[] = [];
  const total = (pids: number[]) => pids.reduce((sum, pid) => sum + (cpuTimeMs(pid) || 0), 0);
  for (let w = 0; w < IDLE_WINDOWS; w++) {
    const before = { server: cpuTimeMs(serverPid), renderer: total(renderers), chromium: total(chromiumAll) };
    const start = process.hrtime.bigint();
    await new Promise((r) => setTimeout(r, IDLE_WINDOW_MS));
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    serverCpu.push(((cpuTimeMs(serverPid) - before.server) / wall) * 100);
    rendererCpu.push(((total(renderers) - before.renderer) / wall) * 100);
    chromiumCpu.push(((total(chromiumAll) - before.chromium) / wall) * 100);
  }
  opts.log(`idle: serve ${serverCpu.map((c) => c.toFixed(2)).join(' ')} %, renderer ${rendererCpu.map((c) => c.toFixed(2)).join(' ')} %`);
  const idleTarget = { statistic: 'median' as const, comparison: '<' as const, value: 1, text: '< 1 % of a core' };
  return [
    {
      id: 'live',
      label: "another reviewer's change visible in an open copy",
      unit: 'ms',
      samples: visible,
      target: { statistic: 'median', comparison: '<', value: 2000, text: '< 2 s' },
      note: 'commit in a second core on the same file → next frame after the page shows the new verdict',
    },
    {
      id: 'idle-serve',
      label: 'idle open copy: core process CPU (factdesk serve)',
      unit: '% core',
      samples: serverCpu,
      target: idleTarget,
      note: `CPU time over ${IDLE_WINDOWS} windows of ${IDLE_WINDOW_MS / 1000} s with the article open and nothing happening`,
    },
    { id: 'idle-renderer', label: 'idle open copy: Chromium renderer CPU', unit: '% core', samples: rendererCpu, target: idleTarget },
    { id: 'idle-chromium', label: '  all Chromium processes (browser, GPU, network, renderer)', unit: '% core', samples: chromiumCpu, target: null },
  ];
}
