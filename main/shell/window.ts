// The window's security settings and guards, kept apart from `main/index.ts` so they are
// unit-tested with fakes: sandboxed, isolated renderer; no navigation away; no new windows.
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from './app-protocol';
import { isHttpUrl } from '@common/domain/http-url';

/**
 * The CSP sent as a header for everything the window loads (the page also carries it as a meta tag;
 * frame-ancestors only works as a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Factdesk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** The part of WebContents the guards use. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: FrameNavigation) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** What will-frame-navigate passes (Electron's event carries these and more). */
export interface FrameNavigation {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/** The only documents a frame inside the page may hold: the export preview's sandboxed srcdoc frame. */
const INNER_FRAME_URLS = new Set(['about:srcdoc', 'about:blank']);

/**
 * Keeps the window on the app: every new-window request is denied (http/https links go to the
 * system browser instead, after a check), navigation anywhere but the app's own origin is stopped,
 * and a frame inside the page may hold nothing but an inline document.
 */
export function guardNavigation(contents: GuardedContents, appUrl: string, openExternally: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) openExternally(url);
    return { action: 'deny' };
  });
  const stayOnApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-frame-navigate', (details) => {
    const allowed = details.isMainFrame ? isAppUrl(details.url, appUrl) : INNER_FRAME_URLS.has(details.url);
    if (!allowed) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The shell's name for the one http(s) rule (main/index.ts opens only these externally). */
export const isWebUrl = isHttpUrl;
