// Issue 10, points 2 and 3: a page served from another port of 127.0.0.1, open in the same
// browser as the workbench (so the browser sends the bridge's cookie along, cookies ignore ports),
// tries to write through the bridge with fetch and with a plain <form enctype="text/plain">, and
// tries to frame the workbench. Real `factdesk serve`, real Chromium, a second real HTTP server.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, startWorkbench, type Workbench } from './harness';

let wb: Workbench;
let hostile: Server;
let hostileOrigin: string;
let plantedDb: string;

/** Pages a hostile site would serve; `bridge` is the workbench's origin (the port is easy to scan for). */
function hostilePages(bridge: string): Record<string, string> {
  const api = `${bridge}/__factdesk/api/`;
  // A text/plain form body is `name=value\r\n`: with these two halves it is valid JSON for updateSettings.
  const formName = '{"organisationName":"Planted by a form","organisationUrl":null,"reviewerName":"';
  const attempts = `
    const api = ${JSON.stringify(api)};
    const tries = [
      ['updateSettings', 'no-cors', 'text/plain', { organisationName: 'Planted by fetch' }],
      ['importFiles', 'no-cors', 'text/plain', { files: [{ name: 'planted.txt', data: btoa('Planted headline\\n\\nA planted article body.') }] }],
      ['switchDatabase', 'no-cors', 'text/plain', { path: ${JSON.stringify(plantedDb)}, create: true }],
      ['updateSettings', 'cors', 'application/json', { organisationName: 'Planted by a JSON fetch' }],
      ['importFiles', 'cors', 'application/json', { files: [{ name: 'planted2.txt', data: btoa('Second planted headline\\n\\nBody.') }] }],
    ];
    window.attempts = Promise.all(tries.map(([method, mode, type, input]) =>
      fetch(api + method, { method: 'POST', mode, credentials: 'include', headers: { 'content-type': type }, body: JSON.stringify(input) })
        .then((r) => method + ': ' + r.type + ' ' + r.status, (e) => method + ': ' + e.message)));
  `;
  return {
    '/attack': `<!doctype html><title>Cheap flights</title>
      <form id="f" method="POST" enctype="text/plain" action="${api}updateSettings" target="sink">
        <input name='${formName}' value='x"}'>
      </form>
      <iframe name="sink"></iframe>
      <script>${attempts}</script>`,
    '/frame': `<!doctype html><title>Click to win</title>
      <iframe id="victim" src="${bridge}/" width="800" height="600"></iframe>`,
  };
}

beforeAll(async () => {
  wb = await startWorkbench();
  await wb.page.goto(wb.url); // the user's own window: the bridge sets its cookie in this browser
  await wb.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  plantedDb = join(wb.dir, 'elsewhere', 'planted.db');
  const bridge = new URL(wb.url).origin;
  const pages = hostilePages(bridge);
  hostile = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileOrigin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (hostile ? hostile.close(() => resolve()) : resolve()));
  await wb?.close();
});

async function settings(): Promise<{ organisationName: string | null; reviewerName?: string }> {
  const r = await wb.cli(['settings', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { organisationName: string | null };
}

describe('a page on another 127.0.0.1 port, in the same browser', () => {
  it('cannot write through the bridge with fetch or a text/plain form', async () => {
    const page: Page = await wb.context.newPage();
    await page.goto(`${hostileOrigin}/attack`);
    const attempts = await page.evaluate(() => (window as unknown as { attempts: Promise<string[]> }).attempts);
    expect(attempts).toHaveLength(5);
    // The form posts into the hidden frame; wait for the bridge's answer to it.
    const formAnswer = page.waitForResponse((r) => r.url().endsWith('/updateSettings') && r.request().resourceType() === 'document');
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
    expect((await formAnswer).status()).toBe(403);

    // Nothing changed: the settings, the article list, the open database, no new file.
    expect((await settings()).organisationName).toBeNull();
    const articles = await wb.cli(['articles', '--json']);
    expect(JSON.parse(articles.stdout)).toMatchObject({ articles: [], total: 0 });
    expect(existsSync(plantedDb)).toBe(false);
    const info = await wb.page.evaluate(() =>
      (window as unknown as { factdesk: { getDatabaseInfo(i: object): Promise<{ ok: boolean; value: { path: string } }> } }).factdesk.getDatabaseInfo({}),
    );
    expect(info).toMatchObject({ ok: true, value: { path: wb.dbPath } });
    await page.close();
  });

  it("still lets the workbench's own page write", async () => {
    const answer = await wb.page.evaluate(() =>
      (window as unknown as { factdesk: { updateSettings(i: object): Promise<{ ok: boolean }> } }).factdesk.updateSettings({
        organisationName: 'Our Desk',
      }),
    );
    expect(answer).toMatchObject({ ok: true });
    expect((await settings()).organisationName).toBe('Our Desk');
  });

  it('cannot show the workbench in a frame', async () => {
    const page = await wb.context.newPage();
    const framed = page.waitForResponse((r) => r.url().startsWith(new URL(wb.url).origin) && r.request().resourceType() === 'document');
    await page.goto(`${hostileOrigin}/frame`);
    expect((await framed).status()).toBe(200); // the browser got the page (the cookie went along)…
    // …and refused to show it: the frame holds Chromium's error page, not the workbench.
    await expect
      .poll(() => page.frames().find((f) => f !== page.mainFrame())?.url(), EVENTUALLY)
      .toMatch(/^chrome-error:/);
    const victim = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await victim.evaluate(() => document.querySelector('#root') === null)).toBe(true);
    await page.close();
  });
});
