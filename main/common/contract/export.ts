// Exporting reports: the formats, the filter, and what comes back.
import { z } from 'zod';
import { REPORT_LANGUAGES } from '../domain/types';
import { claimStatus, id, isoDate, returns } from './shared';

/** wacz: the claims' captured pages and evidence files as a web archive (issue 13). */
export const exportFormat = z.enum(['md', 'html', 'pdf', 'claimreview', 'annotations', 'csv', 'wacz']);
export type ExportFormat = z.infer<typeof exportFormat>;

export const exportFilter = z
  .object({
    articleId: id.optional(),
    claimIds: z.array(id).max(100_000).optional(),
    status: z.array(claimStatus).optional(),
    verdict: z.array(z.string().max(100)).optional(),
    reviewer: z.string().max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type ExportFilter = z.infer<typeof exportFilter>;

/** The HTML/PDF report: the review report (internal), or the desk's public fact-check page. */
export const reportTemplate = z.enum(['internal', 'public']);
export type ReportTemplate = z.infer<typeof reportTemplate>;

export interface ExportResult {
  fileName: string;
  mimeType: string;
  /** Text formats as UTF-8 text; PDF and WACZ as base64. */
  encoding: 'utf8' | 'base64';
  content: string;
}

export const exportContract = {
  renderExport: {
    input: z
      .object({
        format: exportFormat,
        filter: exportFilter,
        /** ClaimReview: add claims that are not published (their markup is not for publishing). */
        includeUnpublished: z.boolean().optional(),
        template: reportTemplate.optional(),
        /** The report's language; the organisation's report language when left out (a German desk may publish in English). */
        language: z.enum(REPORT_LANGUAGES).optional(),
      })
      .strict(),
    output: returns<ExportResult>(),
  },
} as const;
