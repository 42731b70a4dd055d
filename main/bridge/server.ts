// The loopback bridge behind `factdesk serve`: serves the built renderer and the API contract
// over HTTP on 127.0.0.1, so the unchanged renderer runs in plain Chromium against the real core.
// Every request must carry the per-run token (query on first load, then an HttpOnly cookie);
// API calls must also come from the bridge's own page (guards.ts), and nothing may frame it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../core/dispatch';
import { API_PATH_PREFIX, BRIDGE_SCRIPT_PATH, bridgeScript } from './client-script';
import { rendererFile, MIME } from '../host/renderer-files';
import { cookieName, cookieValue, refuseForeignCall, tokenMatches } from './guards';

const MAX_BODY_BYTES = 64 * 1024 * 1024; // imports carry files as base64
const TEXT = 'text/plain; charset=utf-8';

export interface BridgeOptions {
  api: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningBridge {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(res, 500, TEXT, `Factdesk could not answer this request: ${e instanceof Error ? e.message : String(e)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Refuse other Host names: a page elsewhere must not reach us through DNS rebinding.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, TEXT, 'Forbidden host: Factdesk answers only on 127.0.0.1 and localhost.');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const queryToken = url.searchParams.get('token');
    const cookie = cookieName(port);
    const authorised = tokenMatches(queryToken, token) || tokenMatches(cookieValue(req, cookie), token);
    if (!authorised) return send(res, 401, TEXT, 'Missing or wrong Factdesk token: open the address that `factdesk serve` printed.');
    if (queryToken !== null) {
      res.setHeader('set-cookie', `${cookie}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname.startsWith(API_PATH_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, TEXT, 'Use POST.');
      const refusal = refuseForeignCall(req, `http://${host}`);
      if (refusal) return sendJson(res, refusal.status, { ok: false, error: { code: 'forbidden', message: refusal.message } });
      const method = url.pathname.slice(API_PATH_PREFIX.length);
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) {
        const message = `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most Factdesk accepts in one call. Nothing was changed; import fewer or smaller files at a time.`;
        return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message } });
      }
      let input: unknown;
      try {
        input = JSON.parse(body);
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request is not valid JSON.' } });
      }
      return sendJson(res, 200, await dispatch(options.api, method, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TEXT, 'Use GET.');
    if (url.pathname === BRIDGE_SCRIPT_PATH) return send(res, 200, MIME['.js']!, bridgeScript());
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const html = await readFile(join(options.rendererDir, 'index.html'), 'utf8');
      return send(res, 200, MIME['.html']!, injectBridge(html));
    }
    return serveStatic(options.rendererDir, url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The stand-in for the preload goes before the renderer's module script. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  return html.includes('</head>') ? html.replace('</head>', `${tag}</head>`) : tag + html;
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const found = rendererFile(root, pathname);
  if (!found.ok) return send(res, found.status, TEXT, found.message);
  try {
    send(res, 200, found.type, await readFile(found.file));
  } catch {
    send(res, 404, TEXT, 'Not found.');
  }
}

/**
 * The body as text, or null when it is over the limit. An oversized body is still read to its end
 * (and dropped) so the caller gets the 413 answer instead of a reset connection; only callers
 * holding the token get this far.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // Node drains the rest; the answer goes out now
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    // No page may frame the workbench (clickjacking). The page's own CSP is its meta tag; a meta
    // tag cannot carry frame-ancestors, so it goes here, on every answer.
    'content-security-policy': "frame-ancestors 'none'",
    'x-frame-options': 'DENY',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
