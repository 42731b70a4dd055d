// Words right before a date that change the stretch it covers: "Anfang/Mitte/Ende Oktober",
// "early/mid/late October", "seit Januar"/"since January", "am vergangenen Freitag"/"last October",
// "früher in diesem Jahr"/"earlier this year". Chrono (or our parsers) find the date; this refiner
// takes in the word before it, so every way chrono can write a month also works with "Anfang".
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, compareDates, daysInMonth, type CalendarDate } from './calendar';
import type { DateLanguage } from './configure';
import { BARE_MONTH, BARE_WEEKDAY } from './refiners';
import { referenceDate, spanOf, writeSpan, type Span } from './span';

interface Qualifier {
  /** The qualifying words, as regex source, per language. */
  readonly words: Readonly<Record<DateLanguage, string>>;
  /** The qualified span, or null when the word does not apply to this date (then it stays outside). */
  apply(span: Span, ref: CalendarDate, tags: Set<string>): Span | null;
}

/** Part of a month, by day of month: "Anfang" 1-10, "Mitte" 11-20, "Ende" 21 to the month's last day. */
function partOfMonth(first: number, last: number): Qualifier['apply'] {
  return (span) => {
    if (span.precision !== 'month') return null;
    const month = span.start;
    return {
      start: { ...month, day: first },
      end: { ...month, day: Math.min(last, daysInMonth(month)) },
      precision: 'range',
    };
  };
}

const QUALIFIERS: readonly Qualifier[] = [
  { words: { de: 'Anfang', en: '(?:early|at\\s+the\\s+(?:beginning|start)\\s+of)' }, apply: partOfMonth(1, 10) },
  { words: { de: 'Mitte', en: '(?:mid|in\\s+the\\s+middle\\s+of)' }, apply: partOfMonth(11, 20) },
  { words: { de: 'Ende', en: '(?:late|at\\s+the\\s+end\\s+of)' }, apply: partOfMonth(21, 31) },
  {
    // Strictly before the article's date: the news rule already chose the latest weekday or month
    // not after it, so only when that is the article's own day or month does "last" go back further.
    words: { de: '(?:am\\s+)?(?:vergangenen|vorigen|letzten)', en: '(?:on\\s+)?(?:last|past|previous)' },
    apply: (span, ref, tags) => {
      if (tags.has(BARE_WEEKDAY)) {
        return compareDates(span.start, ref) === 0 ? { ...span, start: addDays(ref, -7), end: addDays(ref, -7) } : span;
      }
      if (!tags.has(BARE_MONTH)) return null;
      const current = span.start.year === ref.year && span.start.month === ref.month;
      if (!current) return span;
      const year = span.start.year - 1;
      return { ...span, start: { ...span.start, year }, end: { ...span.end, year } };
    },
  },
  {
    // From the date named to the article's date, inclusive.
    words: { de: 'seit(?:\\s+dem)?', en: 'since(?:\\s+the)?' },
    apply: (span, ref) => (compareDates(span.start, ref) <= 0 ? { start: span.start, end: ref, precision: 'range' } : null),
  },
  {
    // The part of the current week/month/year before the article's date.
    words: { de: 'früher', en: 'earlier' },
    apply: (span, ref) =>
      contains(span, ref) && compareDates(span.start, ref) < 0
        ? { start: span.start, end: addDays(ref, -1), precision: 'range' }
        : null,
  },
  {
    // The part of the current week/month/year after the article's date.
    words: { de: 'später', en: 'later' },
    apply: (span, ref) =>
      contains(span, ref) && compareDates(ref, span.end) < 0
        ? { start: addDays(ref, 1), end: span.end, precision: 'range' }
        : null,
  },
];

function contains(span: Span, date: CalendarDate): boolean {
  return compareDates(span.start, date) <= 0 && compareDates(date, span.end) <= 0;
}

const PATTERNS: Readonly<Record<DateLanguage, readonly { qualifier: Qualifier; before: RegExp }[]>> = {
  de: patterns('de'),
  en: patterns('en'),
};

function patterns(lang: DateLanguage): { qualifier: Qualifier; before: RegExp }[] {
  return QUALIFIERS.map((qualifier) => ({
    qualifier,
    before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${qualifier.words[lang]})(?:\\s+|-\\s*)$`, 'iu'),
  }));
}

/**
 * Take the qualifying words right before `result` into it and narrow or widen its span. They stack
 * outwards: "seit Anfang Oktober" is "Anfang" first, then "seit".
 */
export function qualify(lang: DateLanguage, context: ParsingContext, result: ParsingResult): void {
  const ref = referenceDate(context);
  while (qualifyOnce(lang, context, result, ref));
}

function qualifyOnce(lang: DateLanguage, context: ParsingContext, result: ParsingResult, ref: CalendarDate): boolean {
  const span = spanOf(result);
  if (!span) return false;
  const before = context.text.slice(0, result.index);
  for (const { qualifier, before: pattern } of PATTERNS[lang]) {
    const match = pattern.exec(before);
    const qualified = match && qualifier.apply(span, ref, result.tags());
    if (!match || !qualified) continue;
    result.text = context.text.slice(match.index, result.index + result.text.length);
    result.index = match.index;
    writeSpan(result, qualified);
    return true;
  }
  return false;
}

export class QualifierRefiner implements Refiner {
  constructor(private readonly lang: DateLanguage) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) qualify(this.lang, context, result);
    return results;
  }
}
