// Refiners added after chrono's own: they clean what chrono matched and make it mean what a news
// text means by it, relative to the article's date.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, compareDates, daysInMonth, monthStart, weekday } from './calendar';
import type { DateLanguage } from './configure';
import { daySpan, hasWrittenSpan, referenceDate, writeSpan } from './span';
import { MODIFIERS } from './words';

/** Tags telling the qualifier refiner that the news rule chose this weekday/month (see QualifierRefiner). */
export const BARE_WEEKDAY = 'factdesk/bare/weekday';
export const BARE_MONTH = 'factdesk/bare/month';

/** Chrono's weekday and month patterns swallow a comma or bracket next to the date ("on Friday,"). */
export class TrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const leading = /^[\s,;:(（]*/u.exec(result.text)?.[0].length ?? 0;
      result.text = result.text.slice(leading).replace(/[\s,;:)）]+$/u, '');
      result.index += leading;
    }
    return results.filter((result) => result.text !== '');
  }
}

/** Words chrono reads as dates that, in running text, are not. */
export class NoiseFilter implements Refiner {
  constructor(private readonly lang: DateLanguage) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !this.isNoise(context, result));
  }

  private isNoise(context: ParsingContext, result: ParsingResult): boolean {
    // Chrono's word boundary is \W, which takes "ü" for one: it finds "Fr" (Freitag) in "früher".
    const inWord = /[\p{L}\p{N}]/u;
    if (inWord.test(context.text.charAt(result.index - 1)) || inWord.test(context.text.charAt(result.index + result.text.length))) {
      return true;
    }
    // "jetzt"/"now" is the moment of speaking, not a date a claim can be dated by.
    if (result.tags().has('casualReference/now')) return true;
    const before = context.text.slice(0, result.index).trimEnd();
    if (this.lang === 'de' && /^morgen$/iu.test(result.text)) {
      // "Morgen" is also the noun "morning": after an article or preposition ("am Morgen",
      // "jeden Morgen"), or capitalised inside a sentence, it is the noun.
      const sentenceStart = before === '' || /[.!?:„“"»«]$/u.test(before);
      const afterArticle = /(?<!\p{L})(?:am|den|der|des|dem|jeden|eines|einen|diesen|nächsten|frühen|guten)$/iu.test(before);
      return afterArticle || (result.text.startsWith('M') && !sentenceStart);
    }
    // English capitalises months: lower-case "march" or "august" is the verb or adjective.
    // (chrono's own "end of" refiner has already put its words in front of the month).
    const month = result.text.replace(/^(?:end|last\s+day)\s+of\s+(?:the\s+)?/iu, '');
    return this.lang === 'en' && result.tags().has('parser/ENMonthNameParser') && /^\p{Ll}/u.test(month);
  }
}

/**
 * "am Montag, dem 3. Oktober": the weekday only labels the date. Chrono merges "Montag, 3. Oktober"
 * but not across the German article "dem", and would resolve the weekday on its own.
 */
export class WeekdayDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : '';
      if (
        previous?.start.isOnlyWeekdayComponent() &&
        result.start.isCertain('day') &&
        /^,?\s*(?:dem|den)\s*$/iu.test(between)
      ) {
        result.text = context.text.slice(previous.index, result.index + result.text.length);
        result.index = previous.index;
        merged[merged.length - 1] = result;
      } else {
        merged.push(result);
      }
    }
    return merged;
  }
}

/**
 * Chrono computes "letzten Monat" as the reference day one month back with Date.setMonth, which
 * overflows: from March 31 it lands on March 2. When the day moved, the month meant is the one before.
 */
export class CalendarMonthRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDate(context);
    for (const { start } of results) {
      const overflowed =
        start.tags().has('result/relativeDate') &&
        start.isCertain('month') &&
        !start.isCertain('day') &&
        start.get('day') !== ref.day;
      if (!overflowed) continue;
      const month = monthStart({ year: start.get('year') ?? ref.year, month: start.get('month') ?? 1, day: 1 }, -1);
      start.assign('year', month.year).assign('month', month.month).imply('day', 1);
    }
    return results;
  }
}

/**
 * The news rule: a bare weekday or month (or day and month without a year) means the most recent
 * one not after the article's date. Chrono picks the nearest one, which may lie after it.
 * On the article's own weekday, "am Montag" is that day (wire copy dates same-day events so).
 */
export class NewsRuleRefiner implements Refiner {
  constructor(private readonly lang: DateLanguage) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDate(context);
    for (const result of results) {
      if (hasWrittenSpan(result) || MODIFIERS[this.lang].test(result.text)) continue;
      const { start, end } = result;
      if (start.isOnlyWeekdayComponent() && !end) {
        const daysBack = (weekday(ref) - (start.get('weekday') ?? 0) + 7) % 7;
        writeSpan(result, daySpan(addDays(ref, -daysBack)));
        result.addTag(BARE_WEEKDAY);
      } else if (start.isDateWithUnknownYear()) {
        const month = start.get('month') ?? 1;
        const day = start.isCertain('day') ? (start.get('day') ?? 1) : null;
        const thisYear = { year: ref.year, month, day: day ?? 1 };
        const liesAfter = day === null ? month > ref.month : compareDates(thisYear, ref) > 0;
        const year = liesAfter ? ref.year - 1 : ref.year;
        const shift = year - (start.get('year') ?? year);
        start.assign('year', year);
        if (end) end.assign('year', (end.get('year') ?? year) + shift);
        if (day === null) result.addTag(BARE_MONTH);
      }
    }
    return results;
  }
}

/**
 * Chrono's English "end of October" / "end of the month" is the month's last day; in news text it is
 * the month's last third, as "Ende Oktober" and "late October" are. Weeks and years keep chrono's day.
 */
export class EndOfMonthRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!result.tags().has('refiner/ENEndOfPeriodRefiner') || /week|year/iu.test(result.text)) continue;
      const last = { year: result.start.get('year') ?? 0, month: result.start.get('month') ?? 1, day: result.start.get('day') ?? 1 };
      if (last.day !== daysInMonth(last)) continue;
      writeSpan(result, { start: { ...last, day: 21 }, end: last, precision: 'range' });
      const article = /(?<!\p{L})(?:at|towards?)\s+the\s+$/iu.exec(context.text.slice(0, result.index));
      if (article) {
        result.text = context.text.slice(article.index, result.index + result.text.length);
        result.index = article.index;
      }
    }
    return results;
  }
}
