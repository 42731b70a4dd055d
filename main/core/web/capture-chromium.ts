// The PageCapturer for the command line and the browser bridge: a web page rendered by headless
// Chromium (Debian's, driven by playwright-core) into a full-page PNG screenshot and a PDF. Each
// capture runs in a browser of its own with a new, empty context: no cookies, storage or session
// of the app or of another capture can reach the page, and downloads are refused.
import { FactdeskError } from '@common/domain/errors';
import { DEFAULT_CHROMIUM } from '../export/pdf-chromium';

export interface PageCapture {
  screenshot: Uint8Array;
  pdf: Uint8Array;
}

export type PageCapturer = (url: string, options: { timeoutMs: number }) => Promise<PageCapture>;

const LAUNCH_ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const capturePageWithChromium: PageCapturer = async (url, { timeoutMs }) => {
  const executablePath = process.env.FACTDESK_CHROMIUM || DEFAULT_CHROMIUM;
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    // Chromium's own sandbox where the system allows it (it does not when running as root).
    browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ['--no-sandbox', ...LAUNCH_ARGS] : LAUNCH_ARGS, timeout: 60_000 });
  } catch (e) {
    throw new FactdeskError(
      'internal',
      `Could not start Chromium at ${executablePath} to archive the page (set FACTDESK_CHROMIUM to its path): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  }
  try {
    const context = await browser.newContext({ acceptDownloads: false, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    } catch (e) {
      throw new FactdeskError('bad_import', `Chromium could not open ${url} to archive it (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); nothing was archived.`);
    }
    const screenshot = await page.screenshot({ fullPage: true, type: 'png', timeout: timeoutMs });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await context.close();
    return { screenshot: new Uint8Array(screenshot), pdf: new Uint8Array(pdf) };
  } finally {
    await browser.close();
  }
};
