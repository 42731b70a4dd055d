// Claim reports in every format, from one ReportInput, so the app and the command line write
// byte-identical files. The service gathers and filters the claims; this module only renders.
import type { ExportFormat, ExportResult, ReportTemplate } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import { renderAnnotations } from './annotations';
import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderPublicHtml } from './html-public';
import { renderMarkdown } from './markdown';
import type { PdfPrinter, ReportInput } from './types';

export type { PdfPrinter, ReportInput } from './types';
export { renderAnnotations, annotationDocument } from './annotations';
export { renderClaimReview, claimReviews } from './claimreview';
export { renderCsv } from './csv';
export { renderHtml, escapeHtml } from './html';
export { renderPublicHtml } from './html-public';
export { renderMarkdown, mdEscape } from './markdown';
export { printPdfWithChromium } from './pdf-chromium';

const TEXT_FORMATS = {
  md: { ext: 'md', mimeType: 'text/markdown; charset=utf-8', render: renderMarkdown },
  html: { ext: 'html', mimeType: 'text/html; charset=utf-8', render: renderHtml },
  claimreview: { ext: 'claimreview.jsonld', mimeType: 'application/ld+json', render: renderClaimReview },
  // The media type the Web Annotation Protocol uses for annotations.
  annotations: {
    ext: 'annotations.jsonld',
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    render: renderAnnotations,
  },
  csv: { ext: 'csv', mimeType: 'text/csv; charset=utf-8', render: renderCsv },
} as const satisfies Record<Exclude<ExportFormat, 'pdf' | 'wacz'>, unknown>;

export function reportFileName(input: ReportInput, ext: string): string {
  const only = input.articles.length === 1 ? input.articles[0] : undefined;
  const scope = only ? `article-${only.article.id}` : 'report';
  return `factdesk-${scope}-${input.reportDate}.${ext}`;
}

export async function renderReport(
  format: ExportFormat,
  input: ReportInput,
  options: { printPdf?: PdfPrinter; template?: ReportTemplate } = {},
): Promise<ExportResult> {
  const html = options.template === 'public' ? renderPublicHtml : renderHtml;
  if (format === 'html') {
    return { fileName: reportFileName(input, 'html'), mimeType: TEXT_FORMATS.html.mimeType, encoding: 'utf8', content: html(input) };
  }
  if (format === 'pdf') {
    if (!options.printPdf) {
      throw new FactdeskError('internal', 'PDF export needs a printer (Electron or Chromium), and none was given.');
    }
    const bytes = await options.printPdf(html(input));
    return {
      fileName: reportFileName(input, 'pdf'),
      mimeType: 'application/pdf',
      encoding: 'base64',
      content: Buffer.from(bytes).toString('base64'),
    };
  }
  // A WACZ holds stored bytes, not the report: the export handler writes it (./wacz).
  const spec = format === 'wacz' ? undefined : TEXT_FORMATS[format];
  if (!spec) throw new FactdeskError('invalid_input', `Unknown export format "${String(format)}".`);
  return {
    fileName: reportFileName(input, spec.ext),
    mimeType: spec.mimeType,
    encoding: 'utf8',
    content: spec.render(input),
  };
}
