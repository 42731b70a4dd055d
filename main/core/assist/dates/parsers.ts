// Parsers added to chrono's configuration for what it does not parse: German month names without a
// day ("im Oktober", "Februar 2022"), years ("im Jahr 2019", "in 2019"), the current calendar
// week/month/year ("diese Woche", "this week": chrono's English one starts weeks on Sunday) and
// rolling periods ("in den vergangenen zwei Wochen").
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { DateLanguage } from './configure';
import { qualify } from './qualifiers';
import { monthSpan, referenceDate, weekSpan, writeSpan, yearSpan } from './span';
import { addDays, addMonths } from './calendar';
import { GERMAN_MONTHS, NUMBER_WORDS, alternation } from './words';

/** Not inside a word or number: chrono's own boundary check (\W) takes "ä" for a boundary. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
/** "in 2000 Metern" is a quantity: the measures news text most often counts in four digits. */
const NOT_A_QUANTITY =
  '(?!\\s*(?:%|Prozent|percent|Metern?|metres?|meters?|km|Kilometern?|kilometres?|kilometers?|Euro|euros?|Dollar|dollars?|Menschen|people|Soldaten|soldiers|Tonnen|tons|tonnes)(?![\\p{L}]))';

/**
 * Words after which a bare German month name is a date ("seit Oktober", "Ende Oktober"). Without one
 * (and without "im" or a year) "August" or "Mai" are as likely names as months.
 */
const GERMAN_MONTH_CONTEXT = new RegExp(
  `${START}(?:Anfang|Mitte|Ende|seit|ab|bis|vom|zum|letzten|vergangenen|vorigen|diesen|nächsten|kommenden)\\s+$`,
  'iu',
);

export class GermanMonthParser implements Parser {
  private readonly regex = new RegExp(
    `${START}(?:(im|in)\\s+)?(${alternation(Object.keys(GERMAN_MONTHS))})(?:\\s+${YEAR})?${END}`,
    'iu',
  );

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [text, preposition, name, year] = match;
    if (!preposition && !year && !GERMAN_MONTH_CONTEXT.test(context.text.slice(0, index))) return null;
    const result = context.createParsingResult(index, text);
    result.start.assign('month', GERMAN_MONTHS[(name ?? '').toLowerCase()] ?? 1).imply('day', 1);
    if (year) result.start.assign('year', Number(year));
    return result;
  }
}

export class YearParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lang: DateLanguage) {
    const prefix = lang === 'de' ? '(im\\s+Jahre?\\s+|in\\s+)?' : '(in\\s+(?:the\\s+year\\s+)?)?';
    this.regex = new RegExp(`${START}${prefix}${YEAR}(?![\\p{L}\\p{N}]|[.,]\\d)${NOT_A_QUANTITY}`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, prefix, year] = match;
    const result = context.createParsingResult(match.index ?? 0, text);
    writeSpan(result, yearSpan(Number(year)));
    if (prefix) return result;
    // A bare number is a year only with a word such as "seit"/"since" before it. Take that word in
    // here: chrono's own filter, which runs before our refiners, drops results that are only digits.
    qualify(this.lang, context, result);
    return /^\d+$/.test(result.text) ? null : result;
  }
}

const CURRENT_PERIOD: Readonly<Record<DateLanguage, RegExp>> = {
  de: new RegExp(`${START}(?:in\\s+)?(diese[nrsm]?)\\s+(Woche|Monats?|Jahr(?:es)?)${END}`, 'iu'),
  // Chrono has no "previous week"; its "last week" is ours too (see span.ts), so only "previous" is added.
  en: new RegExp(`${START}(?:the\\s+)?(this|previous)\\s+(week|month|year)${END}`, 'iu'),
};

/**
 * "diese Woche", "diesen Monat", "in diesem Jahr", "this week": the ISO week/month/year of the
 * reference; "the previous week/month/year": the one before it.
 */
export class CurrentPeriodParser implements Parser {
  constructor(private readonly lang: DateLanguage) {}

  pattern(): RegExp {
    return CURRENT_PERIOD[this.lang];
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const ref = referenceDate(context);
    const back = (match[1] ?? '').toLowerCase() === 'previous' ? 1 : 0;
    const unit = (match[2] ?? '').toLowerCase();
    const span = unit.startsWith('w')
      ? weekSpan(addDays(ref, -7 * back))
      : unit.startsWith('m')
        ? monthSpan(addMonths(ref, -back))
        : yearSpan(ref.year - back);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    writeSpan(result, span);
    return result;
  }
}

type Unit = 'day' | 'week' | 'month' | 'year';

/** "in den vergangenen zwei Wochen", "over the past three months", "the past year": up to the reference. */
const ROLLING_PERIOD: Readonly<Record<DateLanguage, RegExp>> = {
  de: new RegExp(
    `${START}(?:(?:in|während|seit)\\s+den\\s+)?(?:vergangenen|letzten|zurückliegenden)\\s+` +
      `(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS.de))})\\s+(Tagen|Wochen|Monaten|Jahren)${END}`,
    'iu',
  ),
  // Without "the" and a count, "last year" is the calendar year: "the" or a count makes it rolling.
  en: new RegExp(
    `${START}(?:(?:in|over|during|for|within)\\s+)?(?:the\\s+(?:past|last)\\s+(?:(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS.en))})\\s+)?` +
      `|(?:past|last)\\s+(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS.en))})\\s+)(days?|weeks?|months?|years?)${END}`,
    'iu',
  ),
};

/**
 * A period that ends on the reference date: from the same day N units before it to the reference,
 * inclusive ("the past year" on 2024-01-29 is 2023-01-29 .. 2024-01-29). Chrono reads these as
 * the point N units back, so "in den vergangenen zwei Wochen" would become a single week.
 */
export class RollingPeriodParser implements Parser {
  constructor(private readonly lang: DateLanguage) {}

  pattern(): RegExp {
    return ROLLING_PERIOD[this.lang];
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const groups = match.slice(1).filter((group): group is string => group !== undefined);
    const unitWord = (groups.pop() ?? '').toLowerCase();
    const countWord = (groups.pop() ?? '1').toLowerCase();
    const count = NUMBER_WORDS[this.lang][countWord] ?? Number(countWord);
    const unit: Unit = /^(tag|day)/.test(unitWord) ? 'day' : /^w/.test(unitWord) ? 'week' : /^m/.test(unitWord) ? 'month' : 'year';
    const ref = referenceDate(context);
    const start =
      unit === 'day' ? addDays(ref, -count) : unit === 'week' ? addDays(ref, -7 * count) : addMonths(ref, -(unit === 'month' ? count : 12 * count));
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    writeSpan(result, { start, end: ref, precision: 'range' });
    return result;
  }
}
