// `factdesk claim publish|unpublish` and `factdesk verdicts [add|update|remove]`: a claim's
// fact-check going public, and the desk's own verdict scale.
import type { Command } from 'commander';
import { FactdeskError } from '@common/domain/errors';
import type { Claim, VerdictScale } from '@common/domain/types';
import type { FactdeskCore } from '../../core/service';
import { invokeValidated, validate } from '../../core/dispatch';
import { printJson, withCommonOptions, withCore, parseIntArg, UsageError, type CommonOptions } from '../common';
import { formatClaim } from '../format';
import { oneLine, say } from '../terminal';
import { msg } from '../messages';

interface VerdictOptions extends CommonOptions {
  key?: string;
  label?: string;
  labelDe?: string;
  rating?: string;
  color?: string;
  colorDark?: string;
  position?: string;
}

/** "none" (no rating: the verdict carries only its label in ClaimReview) or a whole number. */
function parseRating(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'none') return null;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(msg('verdicts.rating', { value }));
  return Number(value);
}

function wholeNumber(value: string, option: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(msg('error.wholeNumber', { option, value }));
  return Number(value);
}

function printScale(scale: VerdictScale): void {
  say(`${msg('verdicts.ratings', { worst: String(scale.worstRating), best: String(scale.bestRating) })}\n`);
  for (const v of scale.verdicts) {
    say(`${oneLine(v.key)}\t${oneLine(v.label)}\t${oneLine(v.labelDe ?? '—')}\t${v.ratingValue ?? '—'}\t${oneLine(v.color)}\t${oneLine(v.colorDark)}\n`);
  }
}

const claimAt = (claimId: string, expectRev: string) => ({ id: parseIntArg(claimId, 'CLAIM_ID'), expectedRevision: parseIntArg(expectRev, '--expect-rev') });

async function showClaim(opts: CommonOptions, core: FactdeskCore, claim: Claim): Promise<void> {
  if (opts.json) printJson(claim);
  else say(`${formatClaim(claim, await core.getVerdictScale({}))}\n`);
}

function showScale(opts: CommonOptions, scale: VerdictScale): void {
  if (opts.json) printJson(scale);
  else printScale(scale);
}

/** The verdict's fields as typed (add and update share them). */
function verdictFields(opts: VerdictOptions) {
  return {
    label: opts.label,
    labelDe: opts.labelDe,
    ratingValue: parseRating(opts.rating),
    color: opts.color,
    colorDark: opts.colorDark,
    position: opts.position === undefined ? undefined : parseIntArg(opts.position, '--position'),
  };
}

export function registerPublishingCommands(program: Command, claim: Command): void {
  withCommonOptions(
    claim
      .command('publish')
      .description("publish an approved claim's fact-check: records the date, you as publisher and its URL")
      .argument('<claimId>')
      .requiredOption('--expect-rev <n>', 'the revision you saw')
      .option('--url <url>', "the fact-check's address (default: from the URL pattern in settings)"),
  ).action(async (claimId: string, opts: CommonOptions & { expectRev: string; url?: string }) => {
    const input = validate('publishClaim', { ...claimAt(claimId, opts.expectRev), url: opts.url });
    await withCore(opts, async (core) => showClaim(opts, core, await invokeValidated(core, 'publishClaim', input)));
  });

  withCommonOptions(
    claim
      .command('unpublish')
      .description('withdraw a published fact-check; the reason is kept in the history')
      .argument('<claimId>')
      .requiredOption('--expect-rev <n>', 'the revision you saw')
      .requiredOption('--reason <text>', 'why it is withdrawn'),
  ).action(async (claimId: string, opts: CommonOptions & { expectRev: string; reason: string }) => {
    if (opts.reason.trim() === '') throw new FactdeskError('invalid_input', msg('claim.unpublishReason'));
    const input = validate('unpublishClaim', { ...claimAt(claimId, opts.expectRev), reason: opts.reason });
    await withCore(opts, async (core) => showClaim(opts, core, await invokeValidated(core, 'unpublishClaim', input)));
  });

  const verdicts = withCommonOptions(program.command('verdicts').description('show the verdict scale, or change it (add, update, remove, scale)')).action(
    async (opts: CommonOptions) => {
      await withCore(opts, async (core) => {
        const scale = await core.getVerdictScale({});
        showScale(opts, scale);
      });
    },
  );

  const fieldOptions = (cmd: Command): Command =>
    cmd
      .option('--label-de <label>', 'the German label')
      .option('--rating <n|none>', 'its ClaimReview rating within the scale, or none (the label alone)')
      .option('--color <#rrggbb>', 'its colour on the light theme and in reports (distinct from the others, 3:1 contrast on white)')
      .option('--color-dark <#rrggbb>', 'its colour on the dark theme (distinct, 3:1 contrast there; default: --color)')
      .option('--position <n>', 'its place on the scale, 1 at the top');

  withCommonOptions(
    fieldOptions(
      verdicts
        .command('add')
        .description('add a verdict to the scale')
        .requiredOption('--label <label>', 'the English label')
        .option('--key <key>', 'its key (default: from the English label)'),
    ),
  ).action(async (opts: VerdictOptions) => {
    if (opts.labelDe === undefined) throw new UsageError(msg('verdicts.needsLabelDe'));
    if (opts.color === undefined) throw new UsageError(msg('verdicts.needsColor'));
    const rating = parseRating(opts.rating);
    if (rating === undefined) throw new UsageError(msg('verdicts.needsRating'));
    const input = validate('addVerdict', { key: opts.key, ...verdictFields(opts), ratingValue: rating });
    await withCore(opts, async (core) => showScale(opts, await invokeValidated(core, 'addVerdict', input)));
  });

  withCommonOptions(
    fieldOptions(verdicts.command('update').description('rename, re-rate, recolour or move a verdict').argument('<key>').option('--label <label>', 'the English label')),
  ).action(async (key: string, opts: VerdictOptions) => {
    const input = validate('updateVerdict', { key, ...verdictFields(opts) });
    await withCore(opts, async (core) => showScale(opts, await invokeValidated(core, 'updateVerdict', input)));
  });

  withCommonOptions(
    verdicts
      .command('scale')
      .description("set the ratings range, ClaimReview's worstRating to bestRating (every verdict's rating must stay within it)")
      .option('--worst <n>', 'the rating of the worst verdict (worstRating)')
      .option('--best <n>', 'the rating of the best verdict (bestRating)'),
  ).action(async (opts: CommonOptions & { worst?: string; best?: string }) => {
    if (opts.worst === undefined || opts.best === undefined) throw new UsageError(msg('verdicts.range'));
    const input = validate('setRatingRange', { worstRating: wholeNumber(opts.worst, '--worst'), bestRating: wholeNumber(opts.best, '--best') });
    await withCore(opts, async (core) => showScale(opts, await invokeValidated(core, 'setRatingRange', input)));
  });

  withCommonOptions(
    verdicts
      .command('remove')
      .description('remove a verdict; claims that have it need a replacement')
      .argument('<key>')
      .option('--replace-with <key>', 'the verdict that claims with the removed one get'),
  ).action(async (key: string, opts: CommonOptions & { replaceWith?: string }) => {
    const input = validate('removeVerdict', { key, replacement: opts.replaceWith });
    await withCore(opts, async (core) => showScale(opts, await invokeValidated(core, 'removeVerdict', input)));
  });
}
