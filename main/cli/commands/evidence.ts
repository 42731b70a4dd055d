// `factdesk evidence add|list|get|remove`: files kept for a source, in the database itself.
import type { Command } from 'commander';
import type { Evidence } from '@common/domain/evidence';
import { printJson, withCommonOptions, withCore, parseIntArg, UsageError, type CommonOptions } from '../common';
import { oneLine, say, tell } from '../terminal';
import { msg } from '../messages';

interface GetOptions extends CommonOptions {
  out?: string;
}

interface ArchiveOptions extends CommonOptions {
  timeout?: string;
}

interface RemoveOptions extends CommonOptions {
  reason?: string;
}

export function formatEvidenceLine(e: Evidence): string {
  const name = oneLine(e.fileName ?? e.url ?? e.kind);
  const removed = e.removedAt ? `\tremoved ${oneLine(e.removedAt)} by ${oneLine(e.removedBy ?? '')}: ${oneLine(e.removalReason ?? '')}` : '';
  return `${e.id}\t${e.kind}\t${name}\t${oneLine(e.mediaType)}\t${e.size}\t${e.sha256}\t${oneLine(e.capturedAt)}\t${oneLine(e.addedBy)}${removed}`;
}

export function registerEvidenceCommands(program: Command, setExit: (code: number) => void): void {
  // `source archive` joins the source commands (registered with the claims).
  const source = program.commands.find((c) => c.name() === 'source') ?? program.command('source');
  withCommonOptions(
    source
      .command('archive')
      .description("keep the source's page as it is now: its bytes, a full-page PNG screenshot and a PDF (headless Chromium)")
      .argument('<sourceId>')
      .option('--timeout <seconds>', 'how long fetching and rendering may take (default 60)'),
  ).action(async (sourceId: string, opts: ArchiveOptions) => {
    const id = parseIntArg(sourceId, 'SOURCE_ID');
    const timeoutSeconds = opts.timeout === undefined ? undefined : parseIntArg(opts.timeout, '--timeout');
    await withCore(opts, async (core) => {
      const copies = await core.archiveSource({ sourceId: id, timeoutSeconds });
      if (opts.json) printJson(copies);
      else for (const e of copies) say(`${formatEvidenceLine(e)}\n`);
    });
  });

  const evidence = program.command('evidence').description("files kept as a source's evidence (images, PDFs, audio, video; up to 200 MB each)");

  withCommonOptions(
    evidence.command('add').description('attach files to a source').argument('<sourceId>').argument('<files...>'),
  ).action(async (sourceId: string, files: string[], opts: CommonOptions) => {
    const id = parseIntArg(sourceId, 'SOURCE_ID');
    await withCore(opts, async (core) => {
      const outcomes = await core.addEvidenceFiles(id, files);
      if (opts.json) printJson(outcomes);
      for (const o of outcomes) {
        if (!o.ok) tell(`${msg('error.prefix', { message: oneLine(o.error) })}\n`);
        else if (!opts.json) say(`${formatEvidenceLine(o.evidence)}${o.duplicate ? `\t${msg('evidence.alreadyAttached')}` : ''}\n`);
      }
      if (outcomes.some((o) => !o.ok)) setExit(1);
    });
  });

  withCommonOptions(evidence.command('list').description("a source's evidence, removed pieces included").argument('<sourceId>')).action(
    async (sourceId: string, opts: CommonOptions) => {
      const id = parseIntArg(sourceId, 'SOURCE_ID');
      await withCore(opts, async (core) => {
        const list = await core.listEvidence({ sourceId: id });
        if (opts.json) printJson(list);
        else if (list.length === 0) say(`${msg('evidence.none', { id: String(id) })}\n`);
        else for (const e of list) say(`${formatEvidenceLine(e)}\n`);
      });
    },
  );

  withCommonOptions(
    evidence
      .command('get')
      .description('write an evidence file, byte for byte, to a new file')
      .argument('<evidenceId>')
      .option('--out <path>', 'the file to write (must not exist)'),
  ).action(async (evidenceId: string, opts: GetOptions) => {
    const id = parseIntArg(evidenceId, 'EVIDENCE_ID');
    if (!opts.out) throw new UsageError(msg('evidence.outRequired'));
    const out = opts.out;
    await withCore(opts, async (core) => {
      const { evidence: e, bytes } = await core.saveEvidenceTo(id, out);
      if (opts.json) printJson({ evidence: e, out, bytes });
      else say(`${msg('evidence.wrote', { bytes, hash: e.sha256, path: oneLine(out) })}\n`);
    });
  });

  withCommonOptions(
    evidence
      .command('remove')
      .description('remove evidence; its SHA-256, who removed it and why are kept')
      .argument('<evidenceId>')
      .option('--reason <text>', 'why it is removed (required)'),
  ).action(async (evidenceId: string, opts: RemoveOptions) => {
    const id = parseIntArg(evidenceId, 'EVIDENCE_ID');
    if (!opts.reason || opts.reason.trim() === '') throw new UsageError(msg('evidence.reasonRequired'));
    const reason = opts.reason;
    await withCore(opts, async (core) => {
      const e = await core.removeEvidence({ id, reason });
      if (opts.json) printJson(e);
      else say(`${formatEvidenceLine(e)}\n`);
    });
  });
}
