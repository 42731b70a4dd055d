// The loopback bridge as a browser would meet it: token required, loopback Host only,
// no path traversal, and API calls validated exactly as over IPC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import type { FactdeskApi } from '../../preload/api';
import { startBridge, type RunningBridge } from '../../main/bridge/server';

const calls: Array<[string, unknown]> = [];
const api = new Proxy({} as FactdeskApi, {
  get: (_t, method: string) => async (input: unknown) => {
    calls.push([method, input]);
    return { answered: method };
  },
});

let bridge: RunningBridge;
let secretOutside: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-bridge-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  secretOutside = join(dir, 'secret.txt');
  await writeFile(secretOutside, 'secret');
  bridge = await startBridge({ api, rendererDir });
});
afterAll(() => bridge.close());

function get(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('factdesk serve bridge', () => {
  it('listens on 127.0.0.1 and gives a URL with the token', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('refuses requests without the token', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/assets/app.js')).status).toBe(401);
    const api = await get('/__factdesk/api/listArticles', { 'content-type': 'application/json' }, 'POST', '{}');
    expect(api.status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('serves the page with the bridge script and sets the token cookie', async () => {
    const page = await get(`/?token=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__factdesk/bridge.js"></script></head>');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const script = await get('/__factdesk/bridge.js', { cookie: `factdesk_token=${bridge.token}` });
    expect(script.body).toContain('"listArticles"');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await get(`/?token=${bridge.token}`, { host: `evil.example:${bridge.port}` });
    expect(r.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const cookie = { cookie: `factdesk_token=${bridge.token}` };
    const r = await get('/..%2fsecret.txt', cookie);
    expect(r.status).not.toBe(200);
    expect(r.body).not.toContain('secret');
  });

  it('validates API arguments with the contract before the core runs', async () => {
    const headers = { cookie: `factdesk_token=${bridge.token}`, 'content-type': 'application/json' };
    const bad = await get('/__factdesk/api/getArticle', headers, 'POST', JSON.stringify({ id: -1 }));
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await get('/__factdesk/api/dropEverything', headers, 'POST', '{}');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([]);
    const ok = await get('/__factdesk/api/getArticle', headers, 'POST', JSON.stringify({ id: 5 }));
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { answered: 'getArticle' } });
    expect(calls).toEqual([['getArticle', { id: 5 }]]);
  });
});

describe('opening sources from the browser bridge', () => {
  it('uses the platform opener without a shell, and only for web URLs', async () => {
    const { openerFor, openInSystemBrowser } = await import('../../main/bridge/open-external');
    expect(openerFor('linux', 'https://a.example/?q=1&x=2')).toEqual(['xdg-open', ['https://a.example/?q=1&x=2']]);
    expect(openerFor('win32', 'https://a.example/')).toEqual(['rundll32', ['url.dll,FileProtocolHandler', 'https://a.example/']]);
    expect(await openInSystemBrowser('javascript:alert(1)')).toBe(false);
    expect(await openInSystemBrowser('file:///etc/passwd')).toBe(false);
  });
});
