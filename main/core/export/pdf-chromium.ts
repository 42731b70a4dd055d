// The PdfPrinter for the command line, `factdesk serve` and tests: the report's HTML printed by
// headless Chromium (Debian's, driven by playwright-core). The app uses Electron's printToPDF
// instead. Paper size, margins and the footer come from the HTML's CSS (@page), so both print the
// same pages. A one-shot command launches a browser per PDF; a long-lived process keeps one
// (keptChromiumPrinter): starting Chromium is most of a report's time (issue 16). The kept browser
// also archives sources, each capture in a context of its own.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PdfPrinter } from './types';
import { launchChromium } from '../web/chromium-launch';
import { captureWith, type PageCapturer } from '../web/capture-chromium';

/** How long laying out a report may take before printing gives up (Playwright's default is 30 s). */
const LAYOUT_TIMEOUT_MS = 5 * 60_000;

/** A fresh context and page, ready for one report: nothing in it was used before. */
interface PreparedPage {
  context: BrowserContext;
  page: Page;
}

async function preparePage(browser: Browser): Promise<PreparedPage> {
  // The report has no scripts; turning JavaScript off and refusing every request makes sure
  // nothing in the data could run or reach the network while printing.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    // Laid out with the print styles from the start, so printing does not restyle and reflow the
    // whole report once more (about a second for 1,000 claims). The PDF is the same either way.
    await page.emulateMedia({ media: 'print' });
    return { context, page };
  } catch (e) {
    await context.close().catch(() => undefined);
    throw e;
  }
}

/** Prints one report on a prepared page, then closes its context: no state is shared between reports. */
async function printOn({ context, page }: PreparedPage, html: string): Promise<Uint8Array> {
  try {
    // Our own HTML with every request refused, so "load" waits only for Chromium's layout: a
    // 1,000-claim report on a busy 2-core machine passed Playwright's default 30 s and failed.
    await page.setContent(html, { waitUntil: 'load', timeout: LAYOUT_TIMEOUT_MS });
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
  const browser = await launchChromium({ purpose: 'print the PDF', kept: false });
  try {
    return await printOn(await preparePage(browser), html);
  } finally {
    await browser.close();
  }
};

export interface KeptChromiumPrinter {
  print: PdfPrinter;
  /** Archives a page in a fresh context of the same browser: no cookies or storage are shared. */
  capture: PageCapturer;
  /** Closes the browser, if one was started; later prints start a new one. */
  close(): Promise<void>;
}

/**
 * For long-lived processes: the browser starts with the first PDF or capture and serves every
 * later one (a fresh context each), until close(). A browser that crashed or was closed is started again.
 */
export function keptChromiumPrinter(): KeptChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const running = (): Promise<Browser> => {
    if (browser === null) {
      const started = launchChromium({ purpose: 'print the PDF or archive the page', kept: true });
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
  // The next report's page, prepared after each report while nobody waits: a new page starts a
  // renderer process, 130-180 ms of a 1,000-claim PDF's 3 s (issue 16). Used once, by one report.
  let spare: { browser: Browser; page: Promise<PreparedPage> } | null = null;
  const takeSpare = (b: Browser): Promise<PreparedPage> => {
    const ready = spare !== null && spare.browser === b ? spare.page : null;
    spare = null;
    // A spare lost with a crashed browser is no reason to fail the report: prepare one now.
    return ready === null ? preparePage(b) : ready.catch(() => preparePage(b));
  };
  const prepareSpare = (b: Browser): void => {
    if (spare !== null || !b.isConnected()) return;
    const page = preparePage(b);
    page.catch(() => undefined); // taken (and retried) by the next report, or closed with the browser
    spare = { browser: b, page };
  };
  return {
    print: async (html) => {
      const b = await running();
      try {
        return await printOn(await takeSpare(b), html);
      } finally {
        prepareSpare(b);
      }
    },
    capture: async (url, { timeoutMs }) => captureWith(await running(), url, timeoutMs),
    async close() {
      const current = browser;
      browser = null;
      const unused = spare;
      spare = null;
      await unused?.page.then((p) => p.context.close()).catch(() => undefined);
      if (current !== null) await (await current.catch(() => null))?.close();
    },
  };
}
