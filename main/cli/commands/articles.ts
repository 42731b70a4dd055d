// `factdesk import`, `articles`, `show`: getting articles in and looking at them.
import type { Command } from 'commander';
import { parseInput } from '../../../preload/api';
import { printJson, withCommonOptions, withCore, parseIntArg, type CommonOptions } from '../common';
import { formatArticleLine, formatDetail } from '../format';
import { oneLine, say, tell } from '../terminal';

export function registerArticleCommands(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command('import')
      .description('import article files or whole folders (.txt seed files, plain text, Markdown, saved HTML)')
      .argument('<paths...>', 'files or folders'),
  ).action(async (paths: string[], opts: CommonOptions) => {
    await withCore(opts, async (core) => {
      const outcomes = await core.importPaths(paths, (done, total, outcome) => {
        if (!opts.json && total > 1) tell(`[${done}/${total}] ${oneLine(outcome.fileName)}\n`);
      });
      const failed = outcomes.filter((o) => !o.ok);
      if (opts.json) {
        const withArticles = [];
        for (const o of outcomes) {
          withArticles.push(o.ok && o.articleId ? { ...o, article: (await core.getArticle({ id: o.articleId })).article } : o);
        }
        printJson(withArticles);
      } else {
        for (const o of outcomes) {
          if (o.ok) say(`${o.articleId}\t${oneLine(o.title ?? '')}${o.duplicate ? '\t(already imported)' : ''}\n`);
        }
      }
      for (const o of failed) tell(`error: ${oneLine(o.error ?? '')}\n`);
      if (failed.length > 0) setExit(1);
    });
  });

  withCommonOptions(
    program
      .command('articles')
      .description('list articles, optionally matching a full-text search')
      .option('--search <text>', 'full-text search over articles, claims and sources')
      .option('--sort <order>', 'date, title or imported', 'imported'),
  ).action(async (opts: CommonOptions & { search?: string; sort?: string }) => {
    const input = parseInput('listArticles', { search: opts.search, sort: opts.sort });
    await withCore(opts, async (core) => {
      const list = await core.listArticles(input);
      if (opts.json) printJson(list);
      else if (list.length === 0) say(opts.search ? 'No articles match.\n' : 'No articles yet. Import some with `factdesk import FILE|FOLDER`.\n');
      else for (const a of list) say(`${formatArticleLine(a)}\n`);
    });
  });

  withCommonOptions(
    program.command('show').description('show an article with its claims and sources').argument('<articleId>'),
  ).action(async (articleId: string, opts: CommonOptions) => {
    const id = parseIntArg(articleId, 'ARTICLE_ID');
    await withCore(opts, async (core) => {
      const detail = await core.getArticle(parseInput('getArticle', { id }));
      if (opts.json) printJson(detail);
      else say(`${formatDetail(detail, await core.getVerdictScale({}))}\n`);
    });
  });
}
