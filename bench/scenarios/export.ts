// Scenario 6: a report of 1,000 claims (one reviewer's desk) as HTML and as PDF through
// core.renderExport, the call behind the app's Export menu, `factdesk serve` and `factdesk export`.
// PDF twice: with the browser a long-lived process keeps (serve, the app), and with a browser
// started for the one report (a cold command line). Bare: SQLite reading the report's rows, and
// Chromium laying out and printing the same HTML with nothing around it.
import { keptChromiumPrinter, printPdfWithChromium } from '../../main/core/export/pdf-chromium';
import { openFactdesk } from '../../main/core/service';
import { REPORT_REVIEWER, type Dataset } from '../dataset';
import { bareReportRows, openBare, reportFilter } from '../lib/bare';
import type { Measurement } from '../lib/report';
import { timed } from '../lib/stats';
import { launchChromium } from '../lib/workbench';
import type { Browser } from 'playwright-core';

/** Chromium's own part of a PDF: lay out the HTML and print it (no contexts, no routing, no checks). */
async function barePdf(browser: Browser, html: string): Promise<number> {
  return (
    await timed(async () => {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: 5 * 60_000 }); // as the core's printer waits
        await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await page.close();
      }
    })
  ).ms;
}

export async function exportScenario(opts: {
  dataset: Dataset;
  workDir: string;
  htmlReps: number;
  pdfReps: number;
  log: (s: string) => void;
}): Promise<Measurement[]> {
  const kept = keptChromiumPrinter();
  const open = (printPdf: typeof printPdfWithChromium) =>
    openFactdesk({ path: opts.dataset.path, reviewer: 'bench-export', settingsDir: opts.workDir, host: { printPdf }, integrityCheck: 'background' });
  const core = await open(kept.print);
  const coldCore = await open(printPdfWithChromium);
  const bare = await openBare(opts.dataset.path);
  const filter = await reportFilter(opts.dataset.path, REPORT_REVIEWER);
  const claimIds = filter.claimIds;
  const html: number[] = [];
  const htmlBare: number[] = [];
  const pdf: number[] = [];
  const pdfBare: number[] = [];
  const cold: number[] = [];
  const coldBare: number[] = [];
  let htmlBytes = 0;
  let pdfBytes = 0;
  let report = '';
  try {
    await core.integrity;
    for (let rep = 0; rep < opts.htmlReps; rep++) {
      const { value, ms } = await timed(() => core.renderExport({ format: 'html', filter }));
      html.push(ms);
      htmlBare.push(await bareReportRows(bare, REPORT_REVIEWER, claimIds));
      htmlBytes = Buffer.byteLength(value.content);
      report = value.content;
    }
    opts.log(`export: html ${html.map((m) => m.toFixed(0)).join(' ')} ms; first PDF (starts the kept browser)…`);
    // The first PDF starts the kept browser; the figures are for the reports after it.
    const first = await timed(() => core.renderExport({ format: 'pdf', filter }));
    opts.log(`export: first PDF ${first.ms.toFixed(0)} ms`);
    const browser = await launchChromium();
    try {
      await barePdf(browser, report);
      for (let rep = 0; rep < opts.pdfReps; rep++) {
        const { value, ms } = await timed(() => core.renderExport({ format: 'pdf', filter }));
        pdf.push(ms);
        pdfBytes = Buffer.from(value.content, 'base64').byteLength;
        pdfBare.push(await barePdf(browser, report));
      }
    } finally {
      await browser.close();
    }
    for (let rep = 0; rep < opts.pdfReps; rep++) {
      cold.push((await timed(() => coldCore.renderExport({ format: 'pdf', filter }))).ms);
      coldBare.push(
        (
          await timed(async () => {
            const b = await launchChromium();
            try {
              await barePdf(b, report);
            } finally {
              await b.close();
            }
          })
        ).ms,
      );
    }
  } finally {
    await bare.close();
    await coldCore.close();
    await core.close();
    await kept.close();
  }
  const list = (xs: number[]) => xs.map((m) => m.toFixed(0)).join(' ');
  opts.log(`export: html ${list(html)} ms (${(htmlBytes / 1e6).toFixed(1)} MB); pdf kept ${list(pdf)} ms, bare ${list(pdfBare)}; cold ${list(cold)} ms, bare ${list(coldBare)} (${(pdfBytes / 1e6).toFixed(1)} MB)`);
  const claims = claimIds.length.toLocaleString('en');
  return [
    {
      id: 'export-html',
      label: `HTML report of ${claims} claims`,
      unit: 'ms',
      samples: html,
      target: { statistic: 'median', comparison: '<', value: 500, text: '< 500 ms' },
      bare: { samples: htmlBare, what: "SQLite reading the report's claims, articles and sources" },
      details: { bytes: htmlBytes },
    },
    {
      id: 'export-pdf',
      label: `PDF report of ${claims} claims, browser kept (serve, app)`,
      unit: 'ms',
      samples: pdf,
      target: { statistic: 'median', comparison: '<', value: 3000, text: '< 3 s' },
      bare: { samples: pdfBare, what: 'Chromium: setContent + page.pdf of the same HTML, running browser' },
      details: { bytes: pdfBytes },
    },
    {
      id: 'export-pdf-cold',
      label: `PDF report of ${claims} claims, browser started for it (command line)`,
      unit: 'ms',
      samples: cold,
      target: { statistic: 'median', comparison: '<', value: 5000, text: '< 5 s' },
      bare: { samples: coldBare, what: 'Chromium: launch + setContent + page.pdf + close, same HTML' },
    },
  ];
}
