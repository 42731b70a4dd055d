// `factdesk import`, `articles`, `show`: getting articles in and looking at them.
import type { Command } from 'commander';
import { validate } from '../../core/dispatch';
import type { ArticleSummary } from '@common/domain/types';
import { ARTICLE_PAGE_SIZE } from '@common/contract';
import { printJson, withCommonOptions, withCore, parseIntArg, UsageError, type CommonOptions } from '../common';
import { formatArticleLine, formatDetail, listFooter } from '../format';
import { oneLine, say, tell } from '../terminal';
import { isHttpUrl } from '@common/domain/http-url';
import type { ImportOutcome } from '@common/contract';
import type { FactdeskCore } from '../../core/service';
import { problemText } from '@common/i18n/problems';
import { cliLanguage, msg } from '../messages';

interface ShowOptions extends CommonOptions {
  version?: string;
}

interface ImportOptions extends CommonOptions {
  timeout?: string;
  versionOf?: string;
}

interface ArticlesOptions extends CommonOptions {
  search?: string;
  sort?: string;
  limit?: string;
  offset: string;
  all?: boolean;
}

/** The largest page the API hands out in one call. */
const CLI_PAGE = 10_000;

/** Which part of the list to print: from `offset`, `limit` articles (null: all of them). */
function articlesWanted(opts: ArticlesOptions): { offset: number; limit: number | null } {
  if (opts.all && opts.limit !== undefined) throw new UsageError(msg('articles.allOrLimit'));
  const offset = parseIntArg(opts.offset, '--offset');
  if (opts.all) return { offset, limit: null };
  const limit = opts.limit === undefined ? ARTICLE_PAGE_SIZE : parseIntArg(opts.limit, '--limit');
  if (limit < 1) throw new UsageError(msg('articles.limitAtLeastOne'));
  return { offset, limit };
}

export function registerArticleCommands(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command('import')
      .description('import article files, whole folders or web pages (.txt seed files, plain text, Markdown, saved HTML, http(s) addresses)')
      .argument('<paths...>', 'files, folders or http(s) URLs')
      .option('--timeout <seconds>', 'how long one web page may take to arrive (default 30)')
      .option('--version-of <articleId>', 'the file is a new version of this article (its claims are re-anchored)'),
  ).action(async (paths: string[], opts: ImportOptions) => {
    const timeoutSeconds = opts.timeout === undefined ? undefined : parseIntArg(opts.timeout, '--timeout');
    const versionOf = opts.versionOf === undefined ? undefined : parseIntArg(opts.versionOf, '--version-of');
    if (versionOf !== undefined && (paths.length !== 1 || isHttpUrl(paths[0]!))) {
      throw new UsageError(msg('import.versionOfOneFile'));
    }
    const urls = paths.filter(isHttpUrl);
    const files = paths.filter((p) => !isHttpUrl(p));
    await withCore(opts, async (core) => {
      const outcomes =
        versionOf !== undefined
          ? [await core.importFileAsVersion(versionOf, files[0]!)]
          : [
              ...(urls.length > 0 ? await core.importUrls({ urls, timeoutSeconds }) : []),
              ...(files.length > 0
                ? await core.importPaths(files, (done, total, outcome) => {
                    if (!opts.json && total > 1) tell(`[${done}/${total}] ${oneLine(outcome.fileName)}\n`);
                  })
                : []),
            ];
      await printImportOutcomes(core, outcomes, opts);
      if (outcomes.some((o) => !o.ok)) setExit(1);
      return outcomes;
    }, (outcomes) => outcomes.some((o) => o.ok));
  });

  withCommonOptions(
    program
      .command('articles')
      .description('list articles, optionally matching a full-text search; 500 at a time unless told otherwise')
      .option('--search <text>', 'full-text search over articles, claims and sources')
      .option('--sort <order>', 'date, title or imported', 'imported')
      .option('--limit <n>', `at most this many articles (default ${ARTICLE_PAGE_SIZE})`)
      .option('--offset <n>', 'skip this many articles first (for the next page)', '0')
      .option('--all', 'every article, however many'),
  ).action(async (opts: ArticlesOptions) => {
    const want = articlesWanted(opts);
    // The search and sort are checked before the file is opened; each page is validated by the core.
    const { search, sort } = validate('listArticles', { search: opts.search, sort: opts.sort });
    await withCore(opts, async (core) => {
      const kept: ArticleSummary[] = [];
      let shown = 0;
      let total = 0;
      // Pages of the API's largest size until the wanted number (or the end) is reached; text is
      // printed page by page, so --all on a big desk starts at once and holds one page in memory.
      for (;;) {
        const size = want.limit === null ? CLI_PAGE : Math.min(CLI_PAGE, want.limit - shown);
        const page = await core.listArticles({ search, sort, limit: size, offset: want.offset + shown });
        total = page.total;
        shown += page.articles.length;
        if (opts.json) kept.push(...page.articles);
        else for (const a of page.articles) say(`${formatArticleLine(a)}\n`);
        if (page.articles.length < size || shown === want.limit) break;
      }
      if (opts.json) printJson({ articles: kept, total, offset: want.offset, limit: want.limit });
      else if (total === 0) {
        say(`${msg(opts.search ? 'articles.noMatch' : 'articles.noneYet')}\n`);
      } else {
        const footer = listFooter(shown, total, want.offset, opts.search);
        if (footer !== null) say(`${footer}\n`);
      }
    });
  });

  withCommonOptions(
    program
      .command('show')
      .description('show an article with its claims and sources')
      .argument('<articleId>')
      .option('--version <n>', 'an earlier version of its text (see `factdesk versions`)'),
  ).action(async (articleId: string, opts: ShowOptions) => {
    const id = parseIntArg(articleId, 'ARTICLE_ID');
    const version = opts.version === undefined ? undefined : parseIntArg(opts.version, '--version');
    await withCore(opts, async (core) => {
      if (version !== undefined) {
        const v = await core.getArticleVersion({ articleId: id, version });
        if (opts.json) printJson(v);
        else {
          const fetched = v.capture
            ? `\n${msg('field.fetched', { url: oneLine(v.capture.finalUrl), status: String(v.capture.httpStatus), hash: v.capture.snapshotSha256 })}`
            : '';
          say(`#${id} ${oneLine(v.title)}\n${msg('field.version', { version: String(v.version), at: oneLine(v.createdAt) })}${fetched}\n\n${v.text}\n`);
        }
        return;
      }
      const detail = await core.getArticle({ id });
      if (opts.json) printJson(detail);
      else say(`${formatDetail(detail, await core.getVerdictScale({}))}\n`);
    });
  });

}

async function printImportOutcomes(core: FactdeskCore, outcomes: ImportOutcome[], opts: CommonOptions): Promise<void> {
  if (opts.json) {
    const withArticles = [];
    for (const o of outcomes) {
      withArticles.push(o.ok && o.articleId ? { ...o, article: (await core.getArticle({ id: o.articleId })).article } : o);
    }
    printJson(withArticles);
  } else {
    for (const o of outcomes) {
      if (!o.ok) continue;
      const note = o.duplicate ? `\t${msg('import.alreadyImported')}` : o.version !== undefined && o.version > 1 ? `\t${msg('import.version', { version: String(o.version) })}` : '';
      say(`${o.articleId}\t${oneLine(o.title ?? '')}${note}\n`);
      if (o.orphanedClaims && o.orphanedClaims.length > 0) {
        tell(`${msg('import.orphaned', { claims: o.orphanedClaims.map((id) => `#${id}`).join(', ') })}\n`);
      }
    }
  }
  for (const o of outcomes) if (!o.ok) tell(`${msg('error.prefix', { message: oneLine(o.problem ? problemText(cliLanguage(), o.problem) : (o.error ?? '')) })}\n`);
  if (!opts.json && outcomes.length > 0) {
    const imported = outcomes.filter((o) => o.ok && !o.duplicate).length;
    const duplicates = outcomes.filter((o) => o.ok && o.duplicate).length;
    // When nothing came in, the refusals above are the whole story: a refusal stays one sentence.
    if (imported + duplicates > 0) tell(`${msg('import.summary', { imported, duplicates, failed: outcomes.length - imported - duplicates })}\n`);
  }
}
