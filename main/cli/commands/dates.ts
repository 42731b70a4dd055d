// `factdesk dates`: the date expressions in a text, each resolved against a reference date (an
// article's publication date) to the first and last day it covers.
import type { Command } from 'commander';
import { findDates, type DateLanguage } from '../../core/assist/dates';
import { parseDateArg, printJson, UsageError } from '../common';
import { oneLine, say } from '../terminal';
import { msg } from '../messages';

interface DatesOptions {
  json?: boolean;
  ref?: string;
  lang?: string;
}

export function registerDatesCommand(program: Command): void {
  program
      .command('dates')
      .description('find date expressions in a text and resolve them against a reference date')
      .argument('<text...>', 'the text (quote it, or give it as several words)')
      .requiredOption('--ref <date>', "the reference date, YYYY-MM-DD (the article's publication date)")
      .option('--lang <lang>', 'de or en (default: en)', 'en')
      .option('--json', 'machine-readable output: [{ "text", "start", "end" }]')
  .action((words: string[], opts: DatesOptions) => {
    const ref = parseDateArg(opts.ref ?? '', '--ref', 'reference');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ref)) throw new UsageError(msg('dates.ref', { value: ref }));
    const found = findDates(words.join(' '), { lang: languageOption(opts.lang ?? 'en'), ref });
    if (opts.json) {
      printJson(found.map(({ text, start, end }) => ({ text, start, end })));
      return;
    }
    for (const date of found) say(`${date.start}\t${date.end}\t${oneLine(date.text)}\n`);
  });
}

function languageOption(value: string): DateLanguage {
  if (value !== 'de' && value !== 'en') throw new UsageError(msg('error.lang', { value }));
  return value;
}
