// The PageCapturer for the command line and the browser bridge: a web page rendered by headless
// Chromium (Debian's, driven by playwright-core) into a full-page PNG screenshot and a PDF. Each
// capture gets a new, empty context: no cookies, storage or session of the app or of another
// capture can reach the page, and downloads are refused. A one-shot command starts a browser for
// the capture; `factdesk serve` uses the one it keeps for PDFs (keptChromiumPrinter).
import type { Browser } from 'playwright-core';
import { FactdeskError } from '@common/domain/errors';
import { launchChromium } from './chromium-launch';

export interface PageCapture {
  screenshot: Uint8Array;
  pdf: Uint8Array;
}

export type PageCapturer = (url: string, options: { timeoutMs: number }) => Promise<PageCapture>;

/** One capture in a fresh context of `browser`, closed afterwards whatever happens. */
export async function captureWith(browser: Browser, url: string, timeoutMs: number): Promise<PageCapture> {
  const context = await browser.newContext({ acceptDownloads: false, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    } catch (e) {
      throw new FactdeskError('bad_import', `Chromium could not open ${url} to archive it (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); nothing was archived.`);
    }
    const screenshot = await page.screenshot({ fullPage: true, type: 'png', timeout: timeoutMs });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    return { screenshot: new Uint8Array(screenshot), pdf: new Uint8Array(pdf) };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** A browser for this capture only (one-shot commands: nothing stays running after them). */
export const capturePageWithChromium: PageCapturer = async (url, { timeoutMs }) => {
  const browser = await launchChromium({ purpose: 'archive the page', kept: false });
  try {
    return await captureWith(browser, url, timeoutMs);
  } finally {
    await browser.close();
  }
};
