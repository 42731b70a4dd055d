// Code that runs inside the workbench page, as JavaScript source: the bench is type-checked as
// Node code (no DOM library), and these few functions only read the DOM and the clock.
// Every timer is the page's own performance.now(), so no process boundary is in a figure.
import type { Page } from 'playwright-core';

/** Calls `fn` (JavaScript source of a one-argument function) in the page and returns its result. */
export function inPage<T>(page: Page, fn: string, arg: unknown = null): Promise<T> {
  return page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;
}

/** The claim ids of every highlight in the reader, as strings. */
const SHOWN_IDS = `function shownIds() {
  const root = document.querySelector('[aria-label="Article text"]');
  const ids = new Set();
  if (root === null) return ids;
  for (const mark of root.querySelectorAll('mark[data-claim-ids]')) {
    for (const id of (mark.getAttribute('data-claim-ids') || '').split(' ')) if (id) ids.add(id);
  }
  return ids;
}`;

/** After the next frame is produced: the highlights are not only in the DOM but painted. */
const AFTER_PAINT = `function afterPaint(then) { requestAnimationFrame(() => setTimeout(then, 0)); }`;

/**
 * Arms a recorder for opening an article: from the next click anywhere to the moment the reader
 * shows a highlight for every one of `expected` claims (ids), and to the frame after that.
 * The result is awaited later with AWAIT_RECORDER.
 */
export const ARM_OPEN_RECORDER = `function (expected) {
  ${SHOWN_IDS}
  ${AFTER_PAINT}
  window.__benchRecorder = new Promise((resolve, reject) => {
    let t0 = null;
    let done = false;
    const check = () => {
      if (done || t0 === null) return;
      const ids = shownIds();
      if (!expected.every((id) => ids.has(String(id)))) return;
      done = true;
      observer.disconnect();
      const dom = performance.now() - t0;
      afterPaint(() => resolve({ dom, painted: performance.now() - t0, editorMs: Number(document.documentElement.dataset.lastOpenMs) }));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-claim-ids'] });
    document.addEventListener('click', () => { t0 = performance.now(); check(); }, { capture: true, once: true });
    setTimeout(() => reject(new Error('the highlights did not all appear within 20 s')), 20000);
  });
  return true;
}`;

/**
 * Arms a recorder for marking a claim: from the Ctrl+Shift+M keydown to a highlight with a new
 * claim id painted, and to the arrival of the createClaim response (the row is committed when
 * the core answers).
 */
export const ARM_MARK_RECORDER = `function () {
  ${SHOWN_IDS}
  ${AFTER_PAINT}
  const known = shownIds();
  window.__benchRecorder = new Promise((resolve, reject) => {
    let t0 = null, dom = null, painted = null, committed = null;
    const finish = () => {
      if (painted === null || committed === null) return;
      observer.disconnect();
      timings.disconnect();
      resolve({ dom, painted, committed, total: Math.max(painted, committed) });
    };
    // Not { once: true }: Control and Shift arrive as keydowns of their own first.
    const onKey = (e) => {
      if (!((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'm')) return;
      t0 = performance.now();
      window.removeEventListener('keydown', onKey, { capture: true });
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const observer = new MutationObserver(() => {
      if (t0 === null || dom !== null) return;
      for (const id of shownIds()) {
        if (known.has(id)) continue;
        dom = performance.now() - t0;
        afterPaint(() => { painted = performance.now() - t0; finish(); });
        return;
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-claim-ids'] });
    const timings = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (t0 !== null && entry.name.includes('/createClaim')) { committed = entry.responseEnd - t0; finish(); }
      }
    });
    timings.observe({ type: 'resource' });
    setTimeout(() => reject(new Error('no new highlight within 20 s')), 20000);
  });
  return true;
}`;

/**
 * Arms a recorder for a change made elsewhere: resolves with the wall-clock time (Date.now(),
 * comparable with the bench process's) of the frame after claim \`id\`'s highlight shows \`verdict\`.
 */
export const ARM_VERDICT_RECORDER = `function ({ id, verdict }) {
  ${AFTER_PAINT}
  window.__benchRecorder = new Promise((resolve, reject) => {
    const shows = () => [...document.querySelectorAll('mark[data-claim-ids]')]
      .some((m) => (m.getAttribute('data-claim-ids') || '').split(' ').includes(String(id)) && m.dataset.verdict === verdict);
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      const dom = Date.now();
      observer.disconnect();
      afterPaint(() => resolve({ dom, painted: Date.now() }));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-verdict', 'data-claim-ids'] });
    setTimeout(() => reject(new Error('the other reviewer\\'s verdict did not show within 20 s')), 20000);
  });
  return true;
}`;

export const AWAIT_RECORDER = `function () { return window.__benchRecorder; }`;

