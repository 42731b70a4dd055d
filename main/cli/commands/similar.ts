// `factdesk similar`: claims from other articles that say what a claim (or a typed text) says, so a
// desk reuses an earlier check instead of checking twice.
import type { Command } from 'commander';
import { parseIntArg, printJson, UsageError, withCommonOptions, withCore, type CommonOptions } from '../common';
import { verdictLabel } from '../format';
import { oneLine, say, tell } from '../terminal';
import { decimal, msg, statusLabel } from '../messages';

interface SimilarOptions extends CommonOptions {
  text?: string;
}

export function registerSimilarCommand(program: Command): void {
  withCommonOptions(
    program
      .command('similar')
      .description('list claims from other articles similar to a claim (or to --text); "same" marks probably the same claim')
      .argument('[claimId]')
      .option('--text <text>', 'look for claims like this text instead of a stored claim'),
  ).action(async (claimId: string | undefined, opts: SimilarOptions) => {
    if ((claimId === undefined) === (opts.text === undefined)) throw new UsageError(msg('similar.oneOf'));
    const input = opts.text !== undefined ? { text: opts.text } : { claimId: parseIntArg(claimId ?? '', 'CLAIM_ID') };
    await withCore(opts, async (core) => {
      const found = await core.similarClaims(input);
      if (opts.json) {
        printJson(found);
        return;
      }
      const scale = await core.getVerdictScale({});
      tell(`${msg('similar.found', { count: found.claims.length, suggest: String(found.thresholds.suggest), same: String(found.thresholds.same) })}\n`);
      for (const c of found.claims) {
        const line = msg('similar.line', {
          kind: c.sameClaim ? 'same' : 'similar',
          score: decimal(c.score, 2),
          id: String(c.claimId),
          verdict: verdictLabel(scale, c.verdict),
          status: statusLabel(c.status),
          claim: oneLine(c.claimReviewed),
          articleId: String(c.articleId),
          title: oneLine(c.articleTitle),
        });
        say(`${line}\n`);
      }
    });
  });
}
