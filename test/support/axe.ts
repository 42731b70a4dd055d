// axe-core in the browser tests: its own source injected into the page (over the DevTools
// protocol, so the app's Content-Security-Policy stays as it ships) and run on the whole document.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

export type AxeResults = Record<string, Record<'light' | 'dark', AxeFinding[]>>;

/**
 * Runs axe on the page in the light and then the dark colour scheme, keeps every finding under
 * `screen` in `results` (for the report's per-screen counts) and returns the serious or critical
 * ones, described, per scheme; the scheme is left at light.
 */
export async function axeInBothSchemes(page: Page, screen: string, results: AxeResults): Promise<Record<'light' | 'dark', string[]>> {
  const serious = { light: [] as string[], dark: [] as string[] };
  const found = { light: [] as AxeFinding[], dark: [] as AxeFinding[] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found[scheme] = await runAxe(page);
    serious[scheme] = found[scheme].filter(isSerious).map((f) => `${f.impact} ${f.rule}: ${f.help} at ${f.targets.join(', ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  results[screen] = found;
  return serious;
}

/** Writes the findings per screen and scheme to test-artifacts/<name>. */
export async function writeAxeResults(root: string, name: string, results: AxeResults): Promise<void> {
  await mkdir(join(root, 'test-artifacts'), { recursive: true });
  await writeFile(join(root, 'test-artifacts', name), `${JSON.stringify(results, null, 2)}\n`);
}
