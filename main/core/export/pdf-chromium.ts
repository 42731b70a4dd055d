// The PdfPrinter for the command line and tests: the report's HTML printed by headless Chromium
// (Debian's, driven by playwright-core). The app uses Electron's printToPDF instead.
import type { PdfPrinter } from './types';
import { escapeHtml } from './html';
import { FactdeskError } from '../domain/errors';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium fills .pageNumber and .totalPages; the date is ours, so the PDF shows the report date. */
export function footerTemplate(footerDate: string): string {
  return (
    '<div style="font-size:8px;font-family:sans-serif;color:#555;width:100%;padding:0 12mm;' +
    'display:flex;justify-content:space-between;">' +
    `<span>Report date: ${escapeHtml(footerDate)}</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
  );
}

export const printPdfWithChromium: PdfPrinter = async (html, { footerDate }) => {
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
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(footerDate),
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};
