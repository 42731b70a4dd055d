// The loopback bridge behind `factdesk serve`: serves the built renderer and the API contract
// over HTTP on 127.0.0.1, so the unchanged renderer runs in plain Chromium against the real core.
// Every request must carry the per-run token (query on first load, then an HttpOnly cookie).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type DispatchTarget } from '../core/dispatch';
import { API_PATH_PREFIX, BRIDGE_SCRIPT_PATH, bridgeScript } from './client-script';

const COOKIE = 'factdesk_token';
const MAX_BODY_BYTES = 64 * 1024 * 1024; // imports carry files as base64

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  api: DispatchTarget;
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
      send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${e instanceof Error ? e.message : String(e)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Refuse other Host names: a page elsewhere must not reach us through DNS rebinding.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host.');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const queryToken = url.searchParams.get('token');
    const authorised = matches(queryToken, token) || matches(cookieToken(req), token);
    if (!authorised) return send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong Factdesk token.');
    if (queryToken !== null) {
      res.setHeader('set-cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname.startsWith(API_PATH_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      const method = url.pathname.slice(API_PATH_PREFIX.length);
      let input: unknown;
      try {
        input = JSON.parse(await readBody(req));
      } catch (e) {
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid_input', message: e instanceof Error ? e.message : 'Unreadable request.' },
        });
      }
      return sendJson(res, 200, await dispatch(options.api, method, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET.');
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
  const decoded = decodeURIComponent(pathname);
  const file = normalize(join(root, decoded));
  if (!file.startsWith(normalize(root + sep))) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden path.');
  try {
    const body = await readFile(file);
    send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return v;
  }
  return null;
}

function matches(given: string | null, token: string): boolean {
  if (given === null || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('The request is too large.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
