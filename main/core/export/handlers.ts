// The contract's export method: gather the report from the store, render it in one format.
import type { ExportFilter } from '@common/contract';
import { problemError } from '@common/contract/refusals';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { gatherReport } from '../store/repositories/report';
import { getVerdictScale } from '../store/repositories/verdicts';
import { renderReport, type ReportInput } from './index';
import { renderWacz } from './wacz';

export function exportHandlers(ctx: CoreContext): HandlersOf<'renderExport'> {
  return {
    async renderExport({ format, filter, includeUnpublished = false, template, language }) {
      if (format === 'wacz') return renderWacz(ctx, filter);
      const reportDate = ctx.now().toISOString().slice(0, 10);
      // ClaimReview is what Google shows: by default only what the desk has published.
      const scoped = format === 'claimreview' && !includeUnpublished ? onlyPublished(filter) : filter;
      const gathered = await ctx.connection.read(async (tx) => gatherReport(tx, scoped, await getVerdictScale(tx), reportDate));
      const report = language === undefined ? gathered : { ...gathered, language };
      if (format === 'claimreview') refuseUnpublishableMarkup(report, includeUnpublished);
      return renderReport(format, report, { printPdf: ctx.host.printPdf, template });
    },
  };
}

function onlyPublished(filter: ExportFilter): ExportFilter {
  return { ...filter, status: (filter.status ?? ['published']).filter((s) => s === 'published') };
}

/** Markup Google would reject is refused with the reason, instead of being written. */
function refuseUnpublishableMarkup(report: ReportInput, includeUnpublished: boolean): void {
  const { name, url } = report.organisation;
  if (!name || !url) {
    throw problemError({ key: 'organisationMissing', values: { missing: !name && !url ? 'both' : !name ? 'name' : 'url' } });
  }
  const rated = report.articles.some((a) => a.claims.some((c) => c.verdict !== null));
  if (!rated) {
    throw problemError({ key: includeUnpublished ? 'noRatedClaim' : 'noPublishedClaim', values: {} });
  }
}
