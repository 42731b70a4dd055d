// Where the window's page comes from. The built renderer is served from app://factdesk/ (a
// privileged, standard and secure scheme handled in the main process, never file://, which would
// give the page the whole disk's origin); only an unpackaged development run may point the window
// at electron-vite's dev server through ELECTRON_RENDERER_URL. The IPC sender check and the
// navigation guards trust exactly that one origin.
import { readFile } from 'node:fs/promises';
import { rendererFile } from '../host/renderer-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'factdesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready: a real origin, a secure context, fetch. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The page to load: the dev server only when not packaged (an environment variable must not redirect an installed app). */
export function rendererUrl(isPackaged: boolean, devServerUrl: string | undefined): string {
  return !isPackaged && devServerUrl ? devServerUrl : APP_ENTRY_URL;
}

/**
 * Whether `url` is on the app's own origin (same scheme, host and port). A prefix test would let
 * http://localhost:5173.evil.example pass for http://localhost:5173; file: URLs share no origin at all.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const given = new URL(url);
    const app = new URL(appUrl);
    return given.protocol !== 'file:' && given.protocol === app.protocol && given.host === app.host;
  } catch {
    return false;
  }
}

/** The protocol.handle handler for app://: files under `rootDir` only, each with the window's CSP. */
export function appProtocolHandler(rootDir: string, contentSecurityPolicy: string): (request: Request) => Promise<Response> {
  const headers = (type: string): Record<string, string> => ({
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
  });
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found.', { status: 404, headers: headers('text/plain; charset=utf-8') });
    const found = rendererFile(rootDir, url.pathname);
    if (!found.ok) return new Response(found.message, { status: found.status, headers: headers('text/plain; charset=utf-8') });
    try {
      return new Response(await readFile(found.file), { status: 200, headers: headers(found.type) });
    } catch {
      return new Response('Not found.', { status: 404, headers: headers('text/plain; charset=utf-8') });
    }
  };
}
