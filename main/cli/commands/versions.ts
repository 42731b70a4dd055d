// `factdesk versions ID` and `factdesk diff ID [--from N --to M]`: an article's versions and the
// words changed between two of them (git's --word-diff=plain notation: [-removed-]{+added+}).
import type { Command } from 'commander';
import type { VersionDiff } from '@common/contract';
import { printJson, withCommonOptions, withCore, parseIntArg, type CommonOptions } from '../common';
import { oneLine, say } from '../terminal';

interface DiffOptions extends CommonOptions {
  from?: string;
  to?: string;
}

export function formatWordDiff(diff: VersionDiff): string {
  const body = diff.parts.map((p) => (p.kind === 'added' ? `{+${p.text}+}` : p.kind === 'removed' ? `[-${p.text}-]` : p.text)).join('');
  const added = diff.parts.filter((p) => p.kind === 'added').length;
  const removed = diff.parts.filter((p) => p.kind === 'removed').length;
  return `Article ${diff.articleId}: version ${diff.from} → ${diff.to} (${added} insertions, ${removed} deletions)\n\n${body}`;
}

export function registerVersionCommands(program: Command): void {
  withCommonOptions(program.command('versions').description("an article's versions: when each was imported, from where").argument('<articleId>')).action(
    async (articleId: string, opts: CommonOptions) => {
      const id = parseIntArg(articleId, 'ARTICLE_ID');
      await withCore(opts, async (core) => {
        const versions = await core.listArticleVersions({ articleId: id });
        if (opts.json) return printJson(versions);
        if (versions.length === 0) return say(`Article ${id} has one version, as imported.\n`);
        for (const v of versions) {
          const from = v.capture ? `\t${oneLine(v.capture.finalUrl)}\tHTTP ${v.capture.httpStatus}\tSHA-256 ${v.capture.snapshotSha256}` : '';
          say(`${v.version}\t${oneLine(v.createdAt)}\t${oneLine(v.createdBy)}\t${oneLine(v.title)}${from}\n`);
        }
      });
    },
  );

  withCommonOptions(
    program
      .command('diff')
      .description('words added and removed between two versions of an article (default: the last two)')
      .argument('<articleId>')
      .option('--from <n>', 'the earlier version')
      .option('--to <n>', 'the later version'),
  ).action(async (articleId: string, opts: DiffOptions) => {
    const id = parseIntArg(articleId, 'ARTICLE_ID');
    const from = opts.from === undefined ? undefined : parseIntArg(opts.from, '--from');
    const to = opts.to === undefined ? undefined : parseIntArg(opts.to, '--to');
    await withCore(opts, async (core) => {
      const diff = await core.diffArticleVersions({ articleId: id, from, to });
      if (opts.json) printJson(diff);
      else say(`${formatWordDiff(diff)}\n`);
    });
  });
}
