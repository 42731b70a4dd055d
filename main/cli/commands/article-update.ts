// `factdesk article update`: correct an article's metadata (a missing publication date, a wrong
// source or language), at a revision like every edit, with the change logged.
import type { Command } from 'commander';
import type { ArticlePatch } from '@common/contract';
import { printJson, withCommonOptions, withCore, parseDateArg, parseIntArg, type CommonOptions } from '../common';
import { formatArticle } from '../format';
import { say } from '../terminal';

interface ArticleUpdateOptions extends CommonOptions {
  expectRev: string;
  title?: string;
  source?: string;
  url?: string;
  date?: string;
  language?: string;
  byline?: string;
}

/** `none` clears a field, as `claim update --verdict none` does. */
function orNone(value: string | undefined): string | null | undefined {
  return value === undefined ? undefined : value === 'none' ? null : value;
}

export function registerArticleUpdateCommand(program: Command): void {
  const article = program.command('article').description("correct an article's metadata");
  withCommonOptions(
    article
      .command('update')
      .description("change an article's title, source, URL, date, language or byline; refuses (exit 3) when someone saved since --expect-rev")
      .argument('<articleId>')
      .requiredOption('--expect-rev <n>', 'the revision you last saw (factdesk show --json)')
      .option('--title <text>')
      .option('--source <name>', 'the publisher ("none" clears it)')
      .option('--url <url>', 'http(s) address ("none" clears it)')
      .option('--date <date>', 'publication date, YYYY-MM-DD ("none" clears it)')
      .option('--language <code>', 'de, en, … ("none" clears it)')
      .option('--byline <text>', 'the author line ("none" clears it)'),
  ).action(async (articleId: string, opts: ArticleUpdateOptions) => {
    const id = parseIntArg(articleId, 'ARTICLE_ID');
    const expectedRevision = parseIntArg(opts.expectRev, '--expect-rev');
    const date = orNone(opts.date);
    const patch: ArticlePatch = {
      title: opts.title,
      sourceName: orNone(opts.source),
      url: orNone(opts.url),
      publishedAt: date === undefined || date === null ? date : parseDateArg(date, '--date', 'article'),
      language: orNone(opts.language),
      byline: orNone(opts.byline),
    };
    await withCore(opts, async (core) => {
      const updated = await core.updateArticle({ id, expectedRevision, patch });
      if (opts.json) printJson(updated);
      else say(`${formatArticle(updated)}\n`);
    });
  });
}
