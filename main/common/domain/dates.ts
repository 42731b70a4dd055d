// What Factdesk stores as a date (a source's date, report filters): an ISO 8601 calendar date,
// YYYY-MM-DD, optionally with a time of day. A month or a year alone is refused there: the date
// fields and filters work with whole days. A claim's date also may be a month or a year (below).
import type { Problem } from './problem';

/** A month's name in English and German ("February 2023" / "Februar 2023"), for "… has 28 days". */
function monthNames(year: number, month: number): { en: string; de: string } {
  const at = new Date(Date.UTC(year, month - 1, 1));
  const name = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
  return { en: name('en-GB'), de: name('de-DE') };
}

/** Which date a problem speaks of, for "a claim date needs the day too" (common:problem.date*). */
export type DateSubject = 'date' | 'claim' | 'source' | 'article' | 'reference';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `value` is not a calendar date (common:problem.date*, a sentence without its final full stop
 * that names the value, so a caller can put the field's name before it); null when it is one.
 * `what` names the date in the sentence for a month or year alone ("a claim date needs the day too").
 */
export function calendarDateProblem(value: string, what: DateSubject = 'date'): Problem | null {
  const match = DATE_TIME.exec(value);
  if (!match) {
    if (/^\d{4}-\d{2}$/.test(value)) return { key: 'dateOnlyMonth', values: { value, what } };
    if (/^\d{4}$/.test(value)) return { key: 'dateOnlyYear', values: { value, what } };
    return { key: 'dateFormat', values: { value } };
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Numbers as text: a year is "2023", never "2,023".
  const notDate = (reason: string, number: number, extra: Record<string, string> = {}): Problem => ({
    key: 'dateNotCalendar',
    values: { value, reason, number: String(number), monthName: '', days: '', ...extra },
  });
  if (month < 1 || month > 12) return notDate('month', month);
  if (day < 1) return notDate('day', day);
  const days = daysIn(year, month);
  if (day > days) {
    const names = monthNames(year, month);
    return { ...notDate('days', day, { monthName: names.en, days: String(days) }), valuesDe: { monthName: names.de } };
  }
  if (hour > 23) return notDate('hour', hour);
  if (minute > 59) return notDate('minute', minute);
  if (second > 59) return notDate('second', second);
  return null;
}

/** How exactly a claim date names when the claim was made. */
export type ClaimDatePrecision = 'day' | 'month' | 'year';

const YEAR_ONLY = /^(\d{4})$/;
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

/**
 * A claim date keeps the precision it is known to: a day (YYYY-MM-DD), a month (YYYY-MM) or a year
 * (YYYY), because "letzten Monat" in an article names a month, and a day would invent a precision
 * the text does not have. Why `value` is none of these, or null.
 */
export function claimDateProblem(value: string): Problem | null {
  if (YEAR_ONLY.test(value)) return null;
  const month = MONTH_ONLY.exec(value);
  if (month) {
    const number = Number(month[2]);
    return number >= 1 && number <= 12 ? null : { key: 'claimDateNoMonth', values: { value, number: String(number) } };
  }
  if (DATE_TIME.test(value)) return calendarDateProblem(value, 'claim');
  return { key: 'claimDateFormat', values: { value } };
}

/** The precision of a valid claim date. */
export function claimDatePrecision(value: string): ClaimDatePrecision {
  return YEAR_ONLY.test(value) ? 'year' : MONTH_ONLY.test(value) ? 'month' : 'day';
}
