// Scenario 6: a report of 1,000 claims (one reviewer's desk) as HTML and as PDF through
// core.renderExport, the call behind the app's Export menu and `factdesk export`.
import { printPdfWithChromium } from '../../main/core/export/pdf-chromium';
import { openFactdesk } from '../../main/core/service';
import { REPORT_REVIEWER, type Dataset } from '../dataset';
import type { Measurement } from '../lib/report';
import { timed } from '../lib/stats';

export async function exportScenario(opts: {
  dataset: Dataset;
  workDir: string;
  htmlReps: number;
  pdfReps: number;
  log: (s: string) => void;
}): Promise<Measurement[]> {
  const core = await openFactdesk({
    path: opts.dataset.path,
    reviewer: 'bench-export',
    settingsDir: opts.workDir,
    host: { printPdf: printPdfWithChromium },
  });
  const filter = { reviewer: REPORT_REVIEWER };
  const html: number[] = [];
  const pdf: number[] = [];
  let htmlBytes = 0;
  let pdfBytes = 0;
  try {
    for (let rep = 0; rep < opts.htmlReps; rep++) {
      const { value, ms } = await timed(() => core.renderExport({ format: 'html', filter }));
      html.push(ms);
      htmlBytes = Buffer.byteLength(value.content);
    }
    for (let rep = 0; rep < opts.pdfReps; rep++) {
      const { value, ms } = await timed(() => core.renderExport({ format: 'pdf', filter }));
      pdf.push(ms);
      pdfBytes = Buffer.from(value.content, 'base64').byteLength;
    }
  } finally {
    await core.close();
  }
  opts.log(`export: html ${html.map((m) => m.toFixed(0)).join(' ')} ms (${(htmlBytes / 1e6).toFixed(1)} MB); pdf ${pdf.map((m) => m.toFixed(0)).join(' ')} ms (${(pdfBytes / 1e6).toFixed(1)} MB)`);
  return [
    {
      id: 'export-html',
      label: `HTML report of ${opts.dataset.reportClaims.toLocaleString('en')} claims`,
      unit: 'ms',
      samples: html,
      target: { statistic: 'median', comparison: '<', value: 1000, text: '< 1 s' },
      details: { bytes: htmlBytes },
    },
    {
      id: 'export-pdf',
      label: `PDF report of ${opts.dataset.reportClaims.toLocaleString('en')} claims`,
      unit: 'ms',
      samples: pdf,
      target: { statistic: 'median', comparison: '<', value: 5000, text: '< 5 s' },
      details: { bytes: pdfBytes },
    },
  ];
}
