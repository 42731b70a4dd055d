// The contract's export method: gather the report from the store, render it in one format.
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { gatherReport } from '../store/repositories/report';
import { getVerdictScale } from '../store/repositories/verdicts';
import { renderReport } from './index';

export function exportHandlers(ctx: CoreContext): HandlersOf<'renderExport'> {
  return {
    async renderExport({ format, filter }) {
      const reportDate = ctx.now().toISOString().slice(0, 10);
      const report = await ctx.connection.read(async (tx) => gatherReport(tx, filter, await getVerdictScale(tx), reportDate));
      return renderReport(format, report, { printPdf: ctx.host.printPdf });
    },
  };
}
