// The PdfPrinter for the command line, `factdesk serve` and tests: the report's HTML printed by
// headless Chromium (Debian's, driven by playwright-core). The app uses Electron's printToPDF
// instead. Paper size, margins and the footer come from the HTML's CSS (@page), so both print the
// same pages. A one-shot command launches a browser per PDF; a long-lived process keeps one
// (keptChromiumPrinter): starting Chromium is most of a report's time (issue 16).
import type { Browser } from 'playwright-core';
import type { PdfPrinter } from './types';
import { FactdeskError } from '@common/domain/errors';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launch(): Promise<Browser> {
  const executablePath = process.env.FACTDESK_CHROMIUM || DEFAULT_CHROMIUM;
  try {
    // Loaded on first use: playwright-core is large, and most commands never print a PDF.
    const { chromium } = await import('playwright-core');
    // The process that keeps the browser closes it on shutdown (keptChromiumPrinter.close);
    // Playwright's own signal handlers would close it behind that process's back.
    return await chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: 60_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (e) {
    throw new FactdeskError(
      'internal',
      `Could not start Chromium at ${executablePath} to print the PDF (set FACTDESK_CHROMIUM to its path): ${
        e instanceof Error ? e.message.split('\n')[0] : String(e)
      }`,
    );
  }
}

/** One report in a fresh context of `browser`: no state is shared between reports. */
async function printWith(browser: Browser, html: string): Promise<Uint8Array> {
  // The report has no scripts; turning JavaScript off and refusing every request makes sure
  // nothing in the data could run or reach the network while printing.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    // Laid out with the print styles from the start, so printing does not restyle and reflow the
    // whole report once more (about a second for 1,000 claims). The PDF is the same either way.
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    // No header or footer templates and no margins here: the HTML's @page rule has them (A4 only
    // for HTML without one).
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** A browser for this PDF only (one-shot commands: nothing stays running after them). */
export const printPdfWithChromium: PdfPrinter = async (html) => {
  const browser = await launch();
  try {
    return await printWith(browser, html);
  } finally {
    await browser.close();
  }
};

export interface KeptChromiumPrinter {
  print: PdfPrinter;
  /** Closes the browser, if one was started; later prints start a new one. */
  close(): Promise<void>;
}

/**
 * For long-lived processes: the browser starts with the first PDF and serves every later one (a
 * fresh context each), until close(). A browser that crashed or was closed is started again.
 */
export function keptChromiumPrinter(): KeptChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const running = (): Promise<Browser> => {
    if (browser === null) {
      const started = launch();
      browser = started;
      started.then(
        (b) => b.on('disconnected', () => {
          if (browser === started) browser = null;
        }),
        () => {
          if (browser === started) browser = null;
        },
      );
    }
    return browser;
  };
  return {
    print: async (html) => printWith(await running(), html),
    async close() {
      const current = browser;
      browser = null;
      if (current !== null) await (await current.catch(() => null))?.close();
    },
  };
}
