// axe-core in the browser tests: its own source injected into the page (over the DevTools
// protocol, so the app's Content-Security-Policy stays as it ships) and run on the whole document.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const require = createRequire(import.meta.url);
let source: Promise<string> | null = null;

/** Runs every axe rule on the page as it is now; returns the violations, worst first. */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (loaded !== true) await page.evaluate(await source);
  const found = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ rule: v.id, impact: v.impact || 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`)) as AxeFinding[];
  const rank = ['critical', 'serious', 'moderate', 'minor', 'unknown'];
  return found.sort((a, b) => rank.indexOf(a.impact) - rank.indexOf(b.impact));
}

/** The findings a user is blocked or badly hindered by. */
export const isSerious = (f: AxeFinding): boolean => f.impact === 'serious' || f.impact === 'critical';
