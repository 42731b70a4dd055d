// `factdesk checkworthy`: scores sentences (one per line, from a file or standard input) with the
// check-worthy model, or ranks an imported article's sentences as the reader's suggestions do.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  checkworthyModel,
  isCheckworthyLanguage,
  modelForArticleLanguage,
  rankArticle,
  type CheckworthyLanguage,
} from '../../core/assist/checkworthy';
import { detectLanguage } from '../../core/import/language';
import { parseIntArg, printJson, UsageError, withCommonOptions, withCore, type CommonOptions } from '../common';
import { oneLine, say, tell } from '../terminal';
import { decimal, msg } from '../messages';

interface CheckworthyOptions extends CommonOptions {
  lang?: string;
  article?: string;
}

export function registerCheckworthyCommand(program: Command): void {
  withCommonOptions(
    program
      .command('checkworthy')
      .description("score sentences (one per line) for check-worthiness, or rank an article's sentences")
      .argument('[file]', 'a text file with one sentence per line, or - for standard input (the default)')
      .option('--lang <lang>', 'en or de; default: the language of the input (an article: its language)')
      .option('--article <id>', "rank this article's sentences (headline, teaser, body) instead of reading lines"),
  ).action(async (file: string | undefined, opts: CheckworthyOptions) => {
    const lang = opts.lang === undefined ? undefined : languageOption(opts.lang);
    if (opts.article !== undefined) {
      if (file !== undefined) throw new UsageError(msg('checkworthy.articleOrFile'));
      await rankArticleCommand(parseIntArg(opts.article, '--article'), lang, opts);
      return;
    }
    const input = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
    const lines = input.split(/\r?\n/u).filter((line) => line.trim() !== '');
    const model = await checkworthyModel(lang ?? guessLanguage(lines.join(' ')));
    const scored = lines.map((text) => {
      const score = model.score(text);
      return { text, score: roundScore(score), checkworthy: score >= model.threshold };
    });
    if (opts.json) printJson(scored);
    else for (const s of scored) say(`${msg('checkworthy.line', { score: decimal(s.score, 3), checkworthy: s.checkworthy ? 'yes' : 'no', text: oneLine(s.text) })}\n`);
  });
}

async function rankArticleCommand(id: number, lang: CheckworthyLanguage | undefined, opts: CheckworthyOptions): Promise<void> {
  await withCore(opts, async (core) => {
    const { article } = await core.getArticle({ id });
    const model = lang === undefined ? await modelForArticleLanguage(article.language) : await checkworthyModel(lang);
    const ranked = rankArticle(article, model)
      .map((s) => ({ ...s, score: roundScore(s.score) }))
      .sort((a, b) => a.rank - b.rank);
    if (opts.json) {
      printJson({ articleId: article.id, lang: model.lang, modelVersion: model.version, sentences: ranked });
      return;
    }
    tell(`${msg('checkworthy.suggested', { suggested: String(ranked.filter((s) => s.suggested).length), total: ranked.length, version: String(model.version) })}\n`);
    for (const s of ranked) {
      const values = { rank: String(s.rank), score: decimal(s.score, 3), suggested: s.suggested ? 'yes' : 'no', part: s.part, text: oneLine(s.text) };
      say(`${msg('checkworthy.rankLine', values)}\n`);
    }
  });
}

function languageOption(value: string): CheckworthyLanguage {
  if (!isCheckworthyLanguage(value)) throw new UsageError(msg('error.lang', { value }));
  return value;
}

/** Without --lang, lines of German are scored by the German model; anything else by the English one. */
function guessLanguage(text: string): CheckworthyLanguage {
  return detectLanguage(text) === 'de' ? 'de' : 'en';
}

function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
