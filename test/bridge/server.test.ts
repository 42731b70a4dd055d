// The loopback bridge as a browser would meet it: token required, loopback Host only,
// no path traversal, and API calls validated exactly as over IPC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import type { FactdeskApi } from '@common/contract';
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

/** The cookie the bridge sets on the first load (name and value), as a browser would send it back. */
function cookieOf(page: { headers: Record<string, string | string[] | undefined> }): string {
  const set = page.headers['set-cookie'];
  const first = (Array.isArray(set) ? set[0] : set) ?? '';
  return first.split(';')[0]!;
}

async function login(): Promise<string> {
  return cookieOf(await get(`/?token=${bridge.token}`));
}

/** What the bridge's own client shim sends with every API call. */
async function apiHeaders(): Promise<Record<string, string>> {
  return {
    cookie: await login(),
    'content-type': 'application/json',
    'x-factdesk': '1',
    origin: `http://127.0.0.1:${bridge.port}`,
    'sec-fetch-site': 'same-origin',
  };
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
    const script = await get('/__factdesk/bridge.js', { cookie: cookieOf(page) });
    expect(script.body).toContain('"listArticles"');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await get(`/?token=${bridge.token}`, { host: `evil.example:${bridge.port}` });
    expect(r.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await get('/..%2fsecret.txt', { cookie: await login() });
    expect(r.status).not.toBe(200);
    expect(r.body).not.toContain('secret');
  });

  it('validates API arguments with the contract before the core runs', async () => {
    const headers = await apiHeaders();
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

describe("API calls only from the bridge's own page (issue 10, point 2)", () => {
  const settings = JSON.stringify({ organisationName: 'Planted' });
  beforeAll(() => void (calls.length = 0));

  it('refuses a call from another origin, even with the cookie', async () => {
    const headers = { ...(await apiHeaders()), origin: 'http://127.0.0.1:1' };
    const r = await get('/__factdesk/api/updateSettings', headers, 'POST', settings);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/another page or site/) } });
    expect(calls).toEqual([]);
  });

  it('refuses a call the browser marks as cross-origin or same-site (another port)', async () => {
    for (const site of ['same-site', 'cross-site', 'none']) {
      const headers = { ...(await apiHeaders()), 'sec-fetch-site': site };
      const r = await get('/__factdesk/api/updateSettings', headers, 'POST', settings);
      expect(r.status, site).toBe(403);
    }
    expect(calls).toEqual([]);
  });

  it('refuses what a plain form can send: text/plain or form bodies, or no X-Factdesk header', async () => {
    const base = await apiHeaders();
    const asForm = { ...base, 'content-type': 'text/plain' };
    expect((await get('/__factdesk/api/updateSettings', asForm, 'POST', settings)).status).toBe(415);
    const urlEncoded = { ...base, 'content-type': 'application/x-www-form-urlencoded' };
    expect((await get('/__factdesk/api/updateSettings', urlEncoded, 'POST', settings)).status).toBe(415);
    const { 'x-factdesk': _dropped, ...noHeader } = base;
    const r = await get('/__factdesk/api/updateSettings', noHeader, 'POST', settings);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/Factdesk page/);
    expect(calls).toEqual([]);
  });

  it('never answers a CORS preflight with permission', async () => {
    const r = await get('/__factdesk/api/updateSettings', { cookie: await login(), origin: 'http://127.0.0.1:1', 'access-control-request-method': 'POST' }, 'OPTIONS');
    expect(r.status).not.toBe(200);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it("accepts the client shim's call (JSON, X-Factdesk, own origin), also with charset and from localhost", async () => {
    calls.length = 0;
    const headers = { ...(await apiHeaders()), 'content-type': 'application/json; charset=utf-8' };
    const r = await get('/__factdesk/api/updateSettings', headers, 'POST', settings);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { answered: 'updateSettings' } });
    const local = { ...headers, host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` };
    expect((await get('/__factdesk/api/updateSettings', local, 'POST', settings)).status).toBe(200);
    expect(calls.map(([m]) => m)).toEqual(['updateSettings', 'updateSettings']);
    calls.length = 0;
  });

  it('the client shim sends the JSON type and the X-Factdesk header', async () => {
    const script = await get('/__factdesk/bridge.js', { cookie: await login() });
    expect(script.body).toContain('"x-factdesk": "1"');
    expect(script.body).toContain('"content-type": "application/json"');
  });

});

describe('no framing (issue 10, point 3)', () => {
  it('sends frame-ancestors none and X-Frame-Options DENY on every response', async () => {
    const cookie = await login();
    const responses = {
      page: await get(`/?token=${bridge.token}`),
      static: await get('/assets/app.js', { cookie }),
      script: await get('/__factdesk/bridge.js', { cookie }),
      api: await get('/__factdesk/api/getArticle', await apiHeaders(), 'POST', JSON.stringify({ id: 5 })),
      unauthorised: await get('/'),
      notFound: await get('/assets/missing.js', { cookie }),
      foreignHost: await get('/', { host: `evil.example:${bridge.port}` }),
      wrongMethod: await get('/', { cookie }, 'DELETE'),
      malformed: await get('/%', { cookie }),
    };
    for (const [name, r] of Object.entries(responses)) {
      expect(r.headers['x-frame-options'], name).toBe('DENY');
      expect(String(r.headers['content-security-policy']), name).toMatch(/frame-ancestors 'none'/);
    }
    calls.length = 0;
  });
});

describe('bad requests answer with a status and a sentence (issue 10, point 5)', () => {
  it('answers 400 to a malformed %-escape in the address', async () => {
    const r = await get('/%', { cookie: await login() });
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/^The address .* is not valid/);
    expect((await get('/assets/%E0%A4%A.js', { cookie: await login() })).status).toBe(400);
  });

  it('answers 401 to a token of the right length with a multibyte character', async () => {
    const forged = `é${bridge.token.slice(1)}`;
    expect(forged.length).toBe(bridge.token.length);
    const byQuery = await get(`/?token=${encodeURIComponent(forged)}`);
    expect(byQuery.status).toBe(401);
    expect(byQuery.body).toMatch(/token/);
    const name = (await login()).split('=')[0]!;
    const byCookie = await get('/', { cookie: `${name}=${forged}` });
    expect(byCookie.status).toBe(401);
  });

  it('answers 413 to a body over the limit, without resetting the connection', async () => {
    const headers = await apiHeaders();
    const big = Buffer.alloc(64 * 1024 * 1024 + 1, 0x20);
    const declared = await get('/__factdesk/api/importFiles', { ...headers, 'content-length': String(big.length) }, 'POST', big.toString());
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than 64 MB/) } });
    const streamed = await get('/__factdesk/api/importFiles', { ...headers, 'transfer-encoding': 'chunked' }, 'POST', big.toString());
    expect(streamed.status).toBe(413);
    expect(calls).toEqual([]);
  });
});
