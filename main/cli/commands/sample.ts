// `factdesk sample add|remove`: the sample article (the seed article with its October claim
// marked, rated and sourced) added to a database, or removed from it with its claims.
import type { Command } from 'commander';
import { printJson, withCommonOptions, withCore, type CommonOptions } from '../common';
import { say } from '../terminal';
import { msg } from '../messages';

export function registerSampleCommands(program: Command): void {
  const sample = program.command('sample').description('the sample article: a finished claim to look at, removable in one step');
  withCommonOptions(sample.command('add').description('add the sample article with its marked, rated and sourced claim')).action(
    async (opts: CommonOptions) => {
      await withCore(opts, async (core) => {
        const added = await core.openSampleArticle({});
        if (opts.json) printJson(added);
        else say(`${msg('sample.added', { article: String(added.articleId), withClaim: added.claimId === null ? 'no' : 'yes', claim: String(added.claimId) })}\n`);
      });
    },
  );
  withCommonOptions(sample.command('remove').description('remove the sample article with its claims, sources and comments')).action(
    async (opts: CommonOptions) => {
      await withCore(opts, async (core) => {
        const result = await core.removeSampleArticle({});
        if (opts.json) printJson(result);
        else say(`${msg(result.removed === 0 ? 'sample.nothingToRemove' : 'sample.removed')}\n`);
      });
    },
  );
}
