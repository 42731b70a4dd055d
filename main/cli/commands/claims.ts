// `factdesk claim add|update|delete` and `source add`: the review work from the command line.
import type { Command } from 'commander';
import { FactdeskError } from '@common/domain/errors';
import { invokeValidated, validate } from '../../core/dispatch';
import { CLAIM_PARTS, type ClaimPart } from '@common/domain/types';
import { claimDateProblem } from '@common/domain/dates';
import { printJson, withCommonOptions, withCore, parseDateArg, parseIntArg, UsageError, type CommonOptions } from '../common';
import { formatClaim, formatSource } from '../format';
import { resolveStatus, resolveVerdict } from '../resolve';
import { say } from '../terminal';
import { msg, orList } from '../messages';

interface ClaimAddOptions extends CommonOptions {
  quote: string;
  occurrence?: string;
  part?: string;
  claimant?: string;
  verdict?: string;
}

interface ClaimUpdateOptions extends CommonOptions {
  expectRev: string;
  verdict?: string;
  rationale?: string;
  status?: string;
  claimant?: string;
  claimDate?: string;
  text?: string;
  correction?: string;
}

interface SourceAddOptions extends CommonOptions {
  url: string;
  title?: string;
  publisher?: string;
  date?: string;
  stance?: string;
  excerpt?: string;
  archiveUrl?: string;
  correction?: string;
}

/** An empty correction note would say nothing to readers: refused before the file is opened. */
function checkCorrectionArg(note: string | undefined): void {
  if (note !== undefined && note.trim() === '') {
    throw new FactdeskError('invalid_input', msg('claim.correctionEmpty'));
  }
}

function parsePartArg(value: string): ClaimPart {
  const part = CLAIM_PARTS.find((p) => p === value.trim().toLowerCase());
  if (part === undefined) throw new UsageError(msg('claim.part', { parts: orList(CLAIM_PARTS), value }));
  return part;
}

/** Registers `claim …` and `source add`; returns the `claim` command, which publishing extends. */
export function registerClaimCommands(program: Command): Command {
  const claim = program.command('claim').description('mark and review claims');

  withCommonOptions(
    claim
      .command('add')
      .description('mark a quote of an article as a claim (selectors are computed from the quote)')
      .argument('<articleId>')
      .requiredOption('--quote <text>', 'the exact text of the claim as it appears in the article')
      .option('--occurrence <n>', 'which occurrence of the quote, when it appears more than once', '1')
      .option('--part <part>', 'where the quote is: body, headline or teaser (default: the first of these that has it)')
      .option('--claimant <name>', 'who made the claim')
      .option('--verdict <label>', 'a verdict label or key from the verdict scale'),
  ).action(async (articleId: string, opts: ClaimAddOptions) => {
    const id = parseIntArg(articleId, 'ARTICLE_ID');
    const occurrence = parseIntArg(opts.occurrence ?? '1', '--occurrence');
    const part = opts.part === undefined ? undefined : parsePartArg(opts.part);
    await withCore(opts, async (core) => {
      const scale = await core.getVerdictScale({});
      const created = await core.createClaimFromQuote({
        articleId: id,
        quote: opts.quote,
        occurrence,
        part,
        claimant: opts.claimant ?? null,
        verdict: opts.verdict === undefined ? null : resolveVerdict(scale, opts.verdict),
      });
      if (opts.json) printJson(created);
      else say(`${formatClaim(created, scale)}\n`);
    });
  });

  withCommonOptions(
    claim
      .command('update')
      .description('change a claim; refuses (exit 3) when someone saved since --expect-rev')
      .argument('<claimId>')
      .requiredOption('--expect-rev <n>', 'the revision your edit starts from')
      .option('--verdict <label>', 'verdict label or key; "none" clears it')
      .option('--rationale <text>')
      .option('--status <status>', 'Draft, In research, Needs review, Approved, Published, Rejected')
      .option('--claimant <name>')
      .option('--claim-date <date>', 'YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known')
      .option('--text <text>', 'the claim as reviewed')
      .option('--correction <text>', 'the correction note a change to a published claim needs (readers see it)'),
  ).action(async (claimId: string, opts: ClaimUpdateOptions) => {
    const id = parseIntArg(claimId, 'CLAIM_ID');
    const expectedRevision = parseIntArg(opts.expectRev, '--expect-rev');
    const claimDate = opts.claimDate === undefined ? undefined : parseDateArg(opts.claimDate, '--claim-date', 'claim', claimDateProblem);
    checkCorrectionArg(opts.correction);
    await withCore(opts, async (core) => {
      const scale = await core.getVerdictScale({});
      const patch: Record<string, unknown> = {};
      if (opts.verdict !== undefined) patch.verdict = opts.verdict === 'none' ? null : resolveVerdict(scale, opts.verdict);
      if (opts.rationale !== undefined) patch.rationale = opts.rationale;
      if (opts.status !== undefined) patch.status = resolveStatus(opts.status);
      if (opts.claimant !== undefined) patch.claimant = opts.claimant;
      if (claimDate !== undefined) patch.claimDate = claimDate;
      if (opts.text !== undefined) patch.claimReviewed = opts.text;
      const updated = await core.updateClaim({ id, expectedRevision, patch, correction: opts.correction });
      if (opts.json) printJson(updated);
      else say(`${formatClaim(updated, scale)}\n`);
    });
  });

  withCommonOptions(
    claim
      .command('delete')
      .description('delete a claim and its sources; refuses (exit 3) when someone saved since --expect-rev')
      .argument('<claimId>')
      .requiredOption('--expect-rev <n>', 'the revision you saw'),
  ).action(async (claimId: string, opts: CommonOptions & { expectRev: string }) => {
    const id = parseIntArg(claimId, 'CLAIM_ID');
    const expectedRevision = parseIntArg(opts.expectRev, '--expect-rev');
    await withCore(opts, async (core) => {
      const result = await core.deleteClaim({ id, expectedRevision });
      if (opts.json) printJson(result);
      else say(`${msg('claim.deleted', { id: String(id) })}\n`);
    });
  });

  const source = program.command('source').description('evidence attached to claims');
  withCommonOptions(
    source
      .command('add')
      .description('attach a source (evidence) to a claim')
      .argument('<claimId>')
      .requiredOption('--url <url>', 'http(s) address of the source')
      .option('--title <text>')
      .option('--publisher <text>')
      .option('--date <date>', 'YYYY-MM-DD')
      .option('--stance <stance>', 'supports, refutes or context', 'context')
      .option('--excerpt <text>')
      .option('--archive-url <url>')
      .option('--correction <text>', 'the correction note a new source of a published claim needs'),
  ).action(async (claimId: string, opts: SourceAddOptions) => {
    const id = parseIntArg(claimId, 'CLAIM_ID');
    const fields = {
      url: opts.url,
      title: opts.title,
      publisher: opts.publisher,
      date: opts.date === undefined ? undefined : parseDateArg(opts.date, '--date', 'source'),
      stance: opts.stance,
      excerpt: opts.excerpt,
      archiveUrl: opts.archiveUrl,
    };
    checkCorrectionArg(opts.correction);
    // Checked before the file is opened, and not again.
    const input = validate('addSource', { claimId: id, fields, correction: opts.correction });
    await withCore(opts, async (core) => {
      const added = await invokeValidated(core, 'addSource', input);
      if (opts.json) printJson(added);
      else say(`${formatSource(added).trim()}\n`);
    });
  });
  return claim;
}
