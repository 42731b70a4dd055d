// What every exporter receives: the claims to report, gathered and ordered by the store.
// ReportInput is gathered by the store (below the features), so it is declared there.
export type { ReportInput } from '../store/repositories/report';

/**
 * Prints self-contained HTML to PDF bytes: Electron's printToPDF in the app, headless Chromium
 * elsewhere. The HTML brings its own paper size, margins and footer (CSS @page), so a printer adds
 * nothing of its own.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;
