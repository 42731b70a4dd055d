// The app's PDF printer (Electron's printToPDF) with a fake window, since no Electron binary runs
// here: it prints exactly the core's HTML, adds no footer of its own (the HTML's @page rule has
// it, as for headless Chromium), and cleans up after itself.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { electronPdfPrinter } from '../../main/shell/pdf';
import { renderHtml } from '../../main/core/export';
import { sampleReport } from '../core/export/sample-report';

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  loadedFile?: string;
  loadedHtml?: string;
  printOptions?: unknown;
  destroyed: boolean;
}

function fakeFactory(print: () => Promise<Buffer> = async () => Buffer.from('%PDF-fake')) {
  const windows: FakeWindow[] = [];
  const create = (options: BrowserWindowConstructorOptions): BrowserWindow => {
    const record: FakeWindow = { options, destroyed: false };
    windows.push(record);
    const win = {
      loadURL: async () => {
        throw new Error('the report must be loaded from a file, not a URL');
      },
      loadFile: async (file: string) => {
        record.loadedFile = file;
        record.loadedHtml = readFileSync(file, 'utf8');
      },
      webContents: {
        printToPDF: async (options: PrintToPDFOptions) => {
          record.printOptions = options;
          return print();
        },
      },
      destroy: () => {
        record.destroyed = true;
      },
    };
    return win as unknown as BrowserWindow;
  };
  return { windows, create };
}

describe('electronPdfPrinter', () => {
  it('prints the report HTML as it is, in a hidden script-less window, with the page set by its CSS', async () => {
    const { windows, create } = fakeFactory();
    const html = renderHtml(sampleReport());
    const printer = electronPdfPrinter(create);
    const bytes = await printer.print(html);

    expect(Buffer.from(bytes).toString()).toBe('%PDF-fake');
    expect(windows).toHaveLength(1);
    const [win] = windows;
    expect(win!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false },
    });
    expect(win!.loadedHtml).toBe(html);
    // No footer template: "Report date" and "Page X of Y" come from the HTML's @page rule.
    expect(win!.printOptions).toEqual({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' });
    expect(existsSync(win!.loadedFile!)).toBe(false);
    printer.close();
    expect(win!.destroyed).toBe(true);
  });

  it('keeps one print window for every report until it is closed (issue 16)', async () => {
    const { windows, create } = fakeFactory();
    const printer = electronPdfPrinter(create);
    await printer.print('<p>first</p>');
    const second = printer.print('<p>second</p>');
    const third = printer.print('<p>third</p>'); // one window prints one report at a time
    await Promise.all([second, third]);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.destroyed).toBe(false);
    expect(windows[0]!.loadedHtml).toBe('<p>third</p>');
    printer.close();
    expect(windows[0]!.destroyed).toBe(true);
    await printer.print('<p>after closing</p>');
    expect(windows).toHaveLength(2);
  });

  it('loads a report longer than Chromium allows for a URL (2 MB)', async () => {
    const { windows, create } = fakeFactory();
    const html = `<!DOCTYPE html><p>${'Prüfbericht mit Umlauten. '.repeat(120_000)}</p>`;
    expect(encodeURIComponent(html).length).toBeGreaterThan(2 * 1024 * 1024);
    await electronPdfPrinter(create).print(html);
    expect(windows[0]!.loadedHtml).toBe(html);
  });

  it('closes the window (the next report gets a new one) and removes the file when printing fails', async () => {
    const { windows, create } = fakeFactory(async () => {
      throw new Error('printing failed');
    });
    await expect(electronPdfPrinter(create).print('<p>x</p>')).rejects.toThrow('printing failed');
    expect(windows[0]!.destroyed).toBe(true);
    expect(existsSync(windows[0]!.loadedFile!)).toBe(false);
  });
});
