// Issue 10, point 4: two reviewers' `factdesk serve` processes open in one browser (the README's
// set-up) stay logged in side by side: cookies ignore ports, so each bridge needs its own cookie.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorkbench, type Workbench } from './harness';

let a: Workbench;
let b: Workbench;

beforeAll(async () => {
  a = await startWorkbench({ reviewerName: 'Reviewer A' });
  b = await startWorkbench({ reviewerName: 'Reviewer B' });
}, 180_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
});

function databasePath(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    (window as unknown as { factdesk: { getDatabaseInfo(i: object): Promise<unknown> } }).factdesk.getDatabaseInfo({}),
  );
}

it('keeps both windows working when a second bridge is opened in the same browser', async () => {
  const pageA = a.page;
  await pageA.goto(a.url);
  await pageA.getByRole('button', { name: 'Import', exact: true }).waitFor();
  // Bridge B opened in the same browser context as A (same cookie jar), as a second tab.
  const pageB = await a.context.newPage();
  await pageB.goto(b.url);
  await pageB.getByRole('button', { name: 'Import', exact: true }).waitFor();

  expect(await databasePath(pageA)).toMatchObject({ ok: true, value: { path: a.dbPath } });
  expect(await databasePath(pageB)).toMatchObject({ ok: true, value: { path: b.dbPath } });

  // Reopening A without the token in the address (a reload, a bookmark) still finds A's cookie.
  const originA = new URL(a.url).origin;
  const reopened = await pageA.goto(`${originA}/`);
  expect(reopened?.status()).toBe(200);
  await pageA.getByRole('button', { name: 'Import', exact: true }).waitFor();
  expect(await databasePath(pageA)).toMatchObject({ ok: true, value: { path: a.dbPath } });
  const cookies = await a.context.cookies();
  expect(new Set(cookies.map((c) => c.name)).size).toBe(2);
});
