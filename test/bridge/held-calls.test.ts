// The live feed's held call over the loopback bridge, on a real file: the POST stays open until
// another core commits and then carries that change; stopping the bridge (and closing the file)
// while a call is held neither hangs nor leaves an error behind.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CHANGE_WAIT_MS, type ChangesResult, type Envelope } from '@common/contract';
import { startBridge, type RunningBridge } from '../../main/bridge/server';
import { cookieName } from '../../main/bridge/guards';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import { removeTempDirs, tempDir } from '../core/store/temp';

const SAMPLE = join(import.meta.dirname, '../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const OCTOBER_QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let dir: string;
let core: FactdeskCore;
let bridge: RunningBridge;
const opened: FactdeskCore[] = [];

async function open(reviewer: string): Promise<FactdeskCore> {
  const c = await openFactdesk({ path: join(dir, 'desk.db'), reviewer, settingsDir: join(dir, `settings-${reviewer}`) });
  opened.push(c);
  return c;
}

/** One API call as the bridge's page makes it (token cookie, same-origin headers). */
function post(method: string, input: unknown): Promise<Envelope<unknown>> {
  const headers = {
    cookie: `${cookieName(bridge.port)}=${bridge.token}`,
    'content-type': 'application/json',
    'x-factdesk': '1',
    origin: `http://127.0.0.1:${bridge.port}`,
    'sec-fetch-site': 'same-origin',
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path: `/__factdesk/api/${method}`, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()) as Envelope<unknown>));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

beforeEach(async () => {
  dir = tempDir('factdesk-held-');
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  core = await open('ada');
  await core.importPaths([SAMPLE]);
  bridge = await startBridge({ api: core, rendererDir });
});

afterEach(async () => {
  await bridge.close();
  for (const c of opened.splice(0)) await c.close();
  removeTempDirs();
});

describe('waitForChanges over the bridge', () => {
  it('holds the POST until another copy commits, then answers with the change', async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const held = post('waitForChanges', { afterId: headId, waitMs: MAX_CHANGE_WAIT_MS });
    const bea = await open('bea');
    const [article] = (await bea.listArticles({})).articles;
    await bea.createClaimFromQuote({ articleId: article!.id, quote: OCTOBER_QUOTE });
    const reply = (await held) as { ok: true; value: ChangesResult };
    expect(reply.ok).toBe(true);
    expect(reply.value.entries).toMatchObject([{ entity: 'claim', action: 'create', reviewer: 'bea' }]);
  });

  it('refuses a wait longer than the contract allows, as over IPC', async () => {
    expect(await post('waitForChanges', { afterId: 0, waitMs: MAX_CHANGE_WAIT_MS + 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('stops at once with a call held, and the file then closes cleanly', async () => {
    const { headId } = await core.changesSince({ afterId: 0 });
    const held = post('waitForChanges', { afterId: headId, waitMs: MAX_CHANGE_WAIT_MS });
    // The call has reached the core once the core's own answer to a later call is back.
    await post('getDatabaseInfo', {});
    await bridge.close();
    await expect(held).rejects.toThrow();
    // The held call is answered into a connection that is gone: nothing may throw.
    await core.close();
  });
});
