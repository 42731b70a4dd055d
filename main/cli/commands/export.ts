// `factdesk export`: the same report files the app writes, from the command line.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportFormat, reportTemplate } from '@common/contract';
import { printJson, withCommonOptions, withCore, parseDateArg, parseIntArg, UsageError, type CommonOptions } from '../common';
import { resolveStatus, resolveVerdict } from '../resolve';
import { FactdeskError } from '@common/domain/errors';
import { oneLine, say, tell } from '../terminal';
import { reportLanguageArg } from './settings';
import { msg, orList } from '../messages';

interface ExportOptions extends CommonOptions {
  format: string;
  out: string;
  article?: string;
  claims?: string;
  status?: string[];
  verdict?: string[];
  reviewedBy?: string;
  from?: string;
  to?: string;
  includeUnpublished?: boolean;
  template?: string;
  reportLanguage?: string;
}

/** A report that cannot be written is the user's input (a wrong folder), not a crash. */
async function writeReport(path: string, bytes: Buffer): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'missing' : code === 'EACCES' ? 'denied' : code === 'EISDIR' ? 'folder' : 'other';
    throw new FactdeskError('invalid_input', msg('export.cannotWrite', { path, reason, detail: String(e) }));
  }
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',')];

export function registerExportCommand(program: Command): void {
  withCommonOptions(
    program
      .command('export')
      .description('write a claim report: md, html, pdf, claimreview (JSON-LD), annotations (W3C JSON-LD) or csv; or wacz, the captured pages and evidence files as a web archive')
      .requiredOption('--format <format>', exportFormat.options.join('|'))
      .requiredOption('--out <path>', 'output file, or - for standard output (not for pdf)')
      .option('--article <id>', 'only this article')
      .option('--claims <ids>', 'only these claims (comma-separated ids)')
      .option('--status <status>', 'only claims with this status (repeatable or comma-separated)', collect)
      .option('--verdict <label>', 'only claims with this verdict (repeatable or comma-separated)', collect)
      .option('--reviewed-by <name>', 'only claims this reviewer created, rated or approved')
      .option('--from <date>', 'only claims updated on or after YYYY-MM-DD')
      .option('--to <date>', 'only claims updated on or before YYYY-MM-DD')
      .option('--include-unpublished', 'claimreview: add the claims that are not published (markup not for publishing)')
      .option('--template <template>', 'html and pdf: internal (the review report, default) or public (the fact-check page)')
      .option('--report-language <en|de>', "md, html and pdf: the report's language (default: the organisation's report language, see factdesk settings)"),
  ).action(async (opts: ExportOptions) => {
    const format = exportFormat.safeParse(opts.format);
    if (!format.success) throw new UsageError(msg('export.format', { formats: exportFormat.options.join(', ') }));
    const wacz = format.data === 'wacz';
    if (wacz && opts.out === '-') throw new UsageError(msg('export.waczNeedsFile'));
    if (opts.out === '-' && format.data === 'pdf') throw new UsageError(msg('export.pdfNeedsFile'));
    const template = opts.template === undefined ? undefined : reportTemplate.safeParse(opts.template);
    if (template && !template.success) throw new UsageError(msg('export.template', { templates: orList(reportTemplate.options) }));
    if (template && format.data !== 'html' && format.data !== 'pdf') throw new UsageError(msg('export.templateFormat'));
    const language = reportLanguageArg(opts.reportLanguage);
    if (language !== undefined && !['md', 'html', 'pdf'].includes(format.data)) throw new UsageError(msg('export.reportLanguageFormat'));
    if (opts.includeUnpublished && format.data !== 'claimreview') throw new UsageError(msg('export.includeUnpublishedFormat'));
    await withCore(opts, async (core) => {
      const scale = await core.getVerdictScale({});
      const filter = {
        articleId: opts.article === undefined ? undefined : parseIntArg(opts.article, '--article'),
        claimIds: opts.claims?.split(',').map((c) => parseIntArg(c.trim(), '--claims')),
        status: opts.status?.map(resolveStatus),
        verdict: opts.verdict?.map((v) => resolveVerdict(scale, v)),
        reviewer: opts.reviewedBy,
        from: opts.from === undefined ? undefined : parseDateArg(opts.from, '--from'),
        to: opts.to === undefined ? undefined : parseDateArg(opts.to, '--to'),
      };
      if (wacz) {
        // Streamed to the file by the core, not through renderExport (whose answer is held whole
        // in memory, as one call carries it): evidence files may be far larger than a report.
        const written = await core.writeWacz(filter, opts.out);
        if (opts.json) printJson({ out: opts.out, format: 'wacz', ...written });
        else tell(`${msg('export.wroteWacz', { path: oneLine(opts.out), bytes: written.bytes, pages: written.pages, records: written.records })}\n`);
        return;
      }
      const includeUnpublished = opts.includeUnpublished === true;
      const result = await core.renderExport({ format: format.data, filter, includeUnpublished, template: template?.data, language });
      if (includeUnpublished) tell(`${msg('export.unpublishedNote')}\n`);
      const bytes = result.encoding === 'base64' ? Buffer.from(result.content, 'base64') : Buffer.from(result.content, 'utf8');
      // A report read on a terminal is shown like any other output (control characters escaped);
      // piped or written to a file, it keeps its exact bytes.
      if (opts.out === '-' && process.stdout.isTTY && result.encoding !== 'base64') say(bytes.toString('utf8'));
      else if (opts.out === '-') process.stdout.write(bytes);
      else await writeReport(opts.out, bytes);
      if (opts.json) printJson({ out: opts.out, format: format.data, bytes: bytes.length, mimeType: result.mimeType });
      else if (opts.out !== '-') tell(`${msg('export.wrote', { path: oneLine(opts.out), bytes: bytes.length })}\n`);
    });
  });
}
