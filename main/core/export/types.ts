// What every exporter receives: the claims to report, gathered and ordered by the service.
import type { ArticleDetail, VerdictScale } from '@common/domain/types';

export interface ReportInput {
  /** Articles in stable order (by id), each with only the claims in scope (by position, then id). */
  articles: ArticleDetail[];
  scale: VerdictScale;
  organisation: { name: string | null; url: string | null };
  /** YYYY-MM-DD; the only date in an export that is not data. */
  reportDate: string;
}

/**
 * Prints self-contained HTML to PDF bytes: Electron's printToPDF in the app, headless Chromium
 * elsewhere. The HTML brings its own paper size, margins and footer (CSS @page), so a printer adds
 * nothing of its own.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;
