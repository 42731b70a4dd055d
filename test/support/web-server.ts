// A local web server on 127.0.0.1 for the web-import, archive and WACZ tests (the machine has no
// internet, and tests must not depend on it): redirects, errors, a page that never finishes, a
// huge page, non-HTML, a charset named only in the header, gzip, and a page that changes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const paragraph = (n: number, topic: string): string =>
  `<p>Paragraph ${n} of the report on ${topic}: the council met on Monday evening and debated the proposal for more than four hours, hearing residents, engineers and the treasurer before the vote was taken.</p>`;

export function articlePage(title: string, paragraphs: string[], canonical?: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${
    canonical ? `<link rel="canonical" href="${canonical}">` : ''
  }</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.join('\n')}</article><footer>© Test Courier</footer></body></html>`;
}

export const STEADY_PAGE = articlePage('Water rates rise by 12 percent', [1, 2, 3, 4].map((n) => paragraph(n, 'water rates')));

/** Two versions of one page: the correction changes a figure and drops a sentence. */
export const CHANGING_V1 = articlePage(
  'Bridge repairs will cost 4 million',
  [
    '<p>The city council said on Monday that repairs to the old river bridge will cost 4 million euros and take two years to finish.</p>',
    '<p>The mayor promised that the bridge will stay open to pedestrians during the works, which start in the spring.</p>',
    '<p>Critics say the estimate is far too low and that the bridge should have been repaired a decade ago.</p>',
    '<p>The bridge, built in 1911, carries about twelve thousand cars a day and is the only crossing between the two halves of the old town, the council said.</p>',
    '<p>Engineers found cracks in two of its piers last autumn and have limited the weight of lorries that may cross it since then.</p>',
  ],
  'https://courier.example/bridge-repairs',
);
export const CHANGING_V2 = articlePage(
  'Bridge repairs will cost 6 million',
  [
    '<p>The city council said on Monday that repairs to the old river bridge will cost 6 million euros and take three years to finish.</p>',
    '<p>Critics say the estimate is far too low and that the bridge should have been repaired a decade ago.</p>',
    '<p>The bridge, built in 1911, carries about twelve thousand cars a day and is the only crossing between the two halves of the old town, the council said.</p>',
    '<p>Engineers found cracks in two of its piers last autumn and have limited the weight of lorries that may cross it since then.</p>',
  ],
  'https://courier.example/bridge-repairs',
);

/**
 * French text in ISO-8859-15 with no <meta charset>: only the Content-Type header names it. A
 * statistical guess reads these bytes as Latin-1, where the euro sign's byte is "¤"; the page
 * reads right only if the header is honoured.
 */
export const HEADER_CHARSET_TEXT = 'Le festival de rue coûte 5 € cette année';
export const HEADER_CHARSET_PARAGRAPH = 'qui paient déjà 3 € de stationnement';
const headerCharsetPage = (): Buffer =>
  iconv.encode(
    `<!DOCTYPE html><html lang="fr"><head><title>${HEADER_CHARSET_TEXT}</title></head><body><article><h1>${HEADER_CHARSET_TEXT}</h1>` +
      `<p>Le festival de rue du quartier sud ouvre ses portes samedi. L'entrée coûte cette année 5 €, ont annoncé les organisateurs; les enfants de moins de douze ans entrent gratuitement.</p>` +
      `<p>Plus de cent stands proposent des plats, des boissons et de l'artisanat. La fermeture de la rue dès vendredi soir a suscité la colère des riverains, ${HEADER_CHARSET_PARAGRAPH}.</p>` +
      `</article></body></html>`,
    'iso-8859-15',
  );

export interface WebFixtures {
  origin: string;
  /** Bytes served at a path the last time it was asked for. */
  served: Map<string, Buffer>;
  /** Which version /changing serves next (1 or 2). */
  changingVersion: 1 | 2;
  close(): Promise<void>;
}

export async function startWebFixtures(): Promise<WebFixtures> {
  const open = new Set<ServerResponse>();
  const fixtures: WebFixtures = { origin: '', served: new Map(), changingVersion: 1, close: async () => undefined };
  const send = (res: ServerResponse, path: string, type: string, body: Buffer, headers: Record<string, string> = {}): void => {
    fixtures.served.set(path, body);
    res.writeHead(200, { 'content-type': type, 'content-length': String(body.length), ...headers });
    res.end(body);
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/article': (_q, res) => send(res, '/article', 'text/html; charset=utf-8', Buffer.from(STEADY_PAGE)),
    '/redirect': (_q, res) => res.writeHead(301, { location: '/moved' }).end(),
    '/moved': (_q, res) => res.writeHead(302, { location: `${fixtures.origin}/article` }).end(),
    '/missing': (_q, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>'),
    '/broken': (_q, res) => res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Oops</h1>'),
    // Headers, then nothing: the body never completes.
    '/slow': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!DOCTYPE html><html><body>');
    },
    // 25 MB of HTML without a Content-Length: the limit must stop it while it streams.
    '/huge': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from(paragraph(0, 'size').repeat(400));
      let sent = 0;
      const pump = (): void => {
        while (sent < 25 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
    '/document.pdf': (_q, res) => send(res, '/document.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
    '/header-charset': (_q, res) => send(res, '/header-charset', 'text/html; charset=iso-8859-15', headerCharsetPage()),
    '/gzip': (_q, res) => {
      const body = Buffer.from(STEADY_PAGE.replace('Water rates rise', 'Gzipped water rates rise'));
      fixtures.served.set('/gzip', body);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(body));
    },
    '/no-article': (_q, res) => send(res, '/no-article', 'text/html', Buffer.from('<!DOCTYPE html><html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>')),
    '/changing': (_q, res) => send(res, '/changing', 'text/html; charset=utf-8', Buffer.from(fixtures.changingVersion === 1 ? CHANGING_V1 : CHANGING_V2)),
  };
  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fixtures.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fixtures.close = () =>
    new Promise<void>((resolve) => {
      for (const res of open) res.destroy();
      server.close(() => resolve());
    });
  return fixtures;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
