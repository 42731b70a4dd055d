// PDF in the app: Electron's printToPDF of the same HTML report the core renders.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../core/export/types';

type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function electronPdfPrinter(createWindow: WindowFactory): PdfPrinter {
  return async (html, { footerDate }) => {
    // An offscreen, script-less window: the report has no scripts and must not run any.
    const win = createWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false },
    });
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      const pdf = await win.webContents.printToPDF({
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between"><span>Factdesk report · ${escapeHtml(footerDate)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
