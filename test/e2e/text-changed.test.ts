// Issue 13, article versions in the workbench: the article list marks an article whose text
// changed after claims were marked on it (a page imported again with a new text), and not an
// article whose text stayed as it was, nor one whose text changed before its claims were marked.
// Real Chromium against `factdesk serve`; the pages come from a local server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { CHANGING_V1, CHANGING_V2, startWebFixtures, type WebFixtures } from '../support/web-server';

const MARKER = 'text changed since claims were marked';

let wb: Workbench;
let web: WebFixtures;
let dir: string;

async function ok(args: string[]): Promise<void> {
  const run = await wb.cli(args);
  expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
}

beforeAll(async () => {
  web = await startWebFixtures();
  wb = await startWorkbench({ viewport: { width: 1280, height: 800 } });
  await ok(['import', `${web.origin}/changing`]);
  await ok(['import', `${web.origin}/article`]);
  await ok(['claim', 'add', '1', '--quote', 'Critics say the estimate is far too low']);
  await ok(['claim', 'add', '2', '--quote', 'the council met on Monday evening']);
  web.changingVersion = 2;
  await ok(['import', `${web.origin}/changing`]);
  // A file whose second version came before any claim: nothing to mark.
  dir = mkdtempSync(join(tmpdir(), 'factdesk-text-changed-'));
  const early = (html: string, n: number): string => {
    const path = join(dir, `early-${n}.html`);
    writeFileSync(path, html.replaceAll('Bridge', 'Tunnel').replaceAll('bridge', 'tunnel').replace(/<link rel="canonical"[^>]*>/, ''));
    return path;
  };
  await ok(['import', early(CHANGING_V1, 1)]);
  await ok(['import', early(CHANGING_V2, 2), '--version-of', '3']);
  await ok(['claim', 'add', '3', '--quote', 'Critics say the estimate is far too low']);
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('marks the article whose text changed after claims were marked', async () => {
  const list = wb.page.getByRole('navigation', { name: 'Articles' });
  const changed = list.getByRole('button', { name: /Bridge repairs will cost 6 million/ });
  await changed.waitFor({ timeout: 30_000 });
  const steady = list.getByRole('button', { name: /Water rates rise by 12 percent/ });
  // Visible, and part of the row's accessible name.
  await changed.getByText(MARKER, { exact: false }).waitFor();
  expect(await changed.getAttribute('aria-label')).toBeNull();
  expect(await changed.textContent()).toContain(MARKER);
  expect(await steady.textContent()).not.toContain(MARKER);
  expect(await list.getByRole('button', { name: /Tunnel repairs will cost 6 million/ }).textContent()).not.toContain(MARKER);
  expect(wb.problems).toEqual([]);
}, 120_000);
