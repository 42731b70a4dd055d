// The built renderer's files, as both of its hosts serve them: the Electron app over app:// and
// `factdesk serve` over HTTP. Which file a URL path names, refusing anything outside the folder.
import { extname, resolve, sep } from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type RendererFile =
  | { ok: true; file: string; type: string }
  | { ok: false; status: 400 | 403; message: string };

/** `pathname` as it came in the URL (still %-encoded); `/` names index.html. */
export function rendererFile(root: string, pathname: string): RendererFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, message: `The address ${JSON.stringify(pathname)} is not valid: it has a malformed %-escape.` };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, message: 'The address is not valid: it contains a NUL character.' };
  const base = resolve(root);
  const file = resolve(base, `.${decoded === '/' ? '/index.html' : decoded}`);
  // Decoded %2f and %5c become separators here, so "..%2f" is caught too.
  if (!file.startsWith(base + sep)) return { ok: false, status: 403, message: 'Forbidden path.' };
  return { ok: true, file, type: MIME[extname(file)] ?? 'application/octet-stream' };
}
