// PDF in the app: Electron's printToPDF of the same HTML report the core renders. Paper size,
// margins and the footer (report date, "Page X of Y") come from the report's own CSS @page rule,
// exactly as when headless Chromium prints it for the command line. One hidden print window
// serves every report (creating one is much of a report's time, issue 16) until the app quits.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../core/export/types';

type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface ElectronPdfPrinter {
  print: PdfPrinter;
  /** Destroys the print window (at quit); a later report makes a new one. */
  close(): void;
}

export function electronPdfPrinter(createWindow: WindowFactory): ElectronPdfPrinter {
  let win: BrowserWindow | null = null;
  // One window prints one report at a time: later reports wait for the one before.
  let queue: Promise<unknown> = Promise.resolve();
  const close = (): void => {
    win?.destroy();
    win = null;
  };
  const printOne = async (html: string): Promise<Uint8Array> => {
    // A file, not a data: URL: Chromium refuses URLs over 2 MB, and the report of 1,000 claims
    // is about that long once URL-encoded.
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-pdf-'));
    try {
      const file = join(dir, 'report.html');
      await writeFile(file, html, 'utf8');
      // An offscreen, script-less window: the report has no scripts and must not run any.
      win ??= createWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false },
      });
      await win.loadFile(file);
      const pdf = await win.webContents.printToPDF({
        printBackground: true,
        // The report's @page rule decides size and margins; A4 only for HTML without one.
        preferCSSPageSize: true,
        pageSize: 'A4',
      });
      return new Uint8Array(pdf);
    } catch (e) {
      close(); // a window that failed once is not trusted with the next report
      throw e;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  return {
    print: (html) => {
      const printed = queue.then(() => printOne(html));
      queue = printed.catch(() => undefined);
      return printed;
    },
    close,
  };
}
