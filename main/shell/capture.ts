// Archiving a source in the app (issue 13): the page rendered by Electron itself, in a hidden,
// sandboxed window with no preload, on a session partition of its own (in memory, new for each
// capture), so the page reaches no cookie, storage or permission of the app or of another capture.
// Downloads, new windows and permission requests are refused. capturePage takes the whole page
// (the window is sized to it first) and printToPDF prints it.
import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { FactdeskError } from '@common/domain/errors';
import type { PageCapture, PageCapturer } from '../core/web/capture-chromium';

type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;
type SessionOf = (partition: string) => Session;

const WIDTH = 1280;
/** Chromium's largest texture side: a longer page is captured down to here. */
const MAX_HEIGHT = 16_384;

export function electronPageCapturer(createWindow: WindowFactory, sessionOf: SessionOf): PageCapturer {
  return async (url, { timeoutMs }) => {
    // No "persist:" prefix: the partition lives in memory and goes with the capture.
    const partition = `factdesk-capture-${randomUUID()}`;
    const ses = sessionOf(partition);
    ses.on('will-download', (event) => event.preventDefault());
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    const win = createWindow({
      show: false,
      width: WIDTH,
      height: 900,
      webPreferences: { partition, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
    });
    try {
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      await loadWithin(win, url, timeoutMs);
      return await captureWhole(win);
    } finally {
      win.destroy();
      await ses.clearStorageData().catch(() => undefined);
    }
  };
}

async function loadWithin(win: BrowserWindow, url: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FactdeskError('bad_import', `${url} took longer than ${timeoutMs / 1000} seconds to load; nothing was archived.`)), timeoutMs);
  });
  try {
    await Promise.race([
      win.loadURL(url).catch((e: unknown) => {
        throw new FactdeskError('bad_import', `The app could not open ${url} to archive it (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); nothing was archived.`);
      }),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function captureWhole(win: BrowserWindow): Promise<PageCapture> {
  const size = (await win.webContents.executeJavaScript('[document.documentElement.scrollWidth, document.documentElement.scrollHeight]')) as unknown;
  const [width, height] = Array.isArray(size) ? size.map(Number) : [WIDTH, 900];
  win.setContentSize(Math.max(WIDTH, width || WIDTH), Math.min(MAX_HEIGHT, Math.max(1, height || 900)));
  const image = await win.webContents.capturePage();
  const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  return { screenshot: new Uint8Array(image.toPNG()), pdf: new Uint8Array(pdf) };
}
