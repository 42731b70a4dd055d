// The PdfPrinter for the command line and tests: the report's HTML printed by headless Chromium
// (Debian's, driven by playwright-core). The app uses Electron's printToPDF instead. Paper size,
// margins and the footer come from the HTML's CSS (@page), so both print the same pages.
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

export const printPdfWithChromium: PdfPrinter = async (html) => {
  const executablePath = process.env.FACTDESK_CHROMIUM || DEFAULT_CHROMIUM;
  let browser;
  try {
    // Loaded on first use: playwright-core is large, and most commands never print a PDF.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: 60_000 });
  } catch (e) {
    throw new FactdeskError(
      'internal',
      `Could not start Chromium at ${executablePath} to print the PDF (set FACTDESK_CHROMIUM to its path): ${
        e instanceof Error ? e.message.split('\n')[0] : String(e)
      }`,
    );
  }
  try {
    // The report has no scripts; turning JavaScript off and refusing every request makes sure
    // nothing in the data could run or reach the network while printing.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
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
    await browser.close();
  }
};
