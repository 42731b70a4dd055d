// What Factdesk stores as a date (a source's date, report filters): an ISO 8601 calendar date,
// YYYY-MM-DD, optionally with a time of day. A month or a year alone is refused there: the date
// fields and filters work with whole days. A claim's date also may be a month or a year (below).

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `value` is not a calendar date, as a sentence without its final full stop (it names the
 * value, so a caller can put the field's name before it); null when it is one.
 * `what` names the date in the sentence for a month or year alone ("a claim date needs the day too").
 */
export function calendarDateProblem(value: string, what = 'a date'): string | null {
  const quoted = JSON.stringify(value);
  const match = DATE_TIME.exec(value);
  if (!match) {
    if (/^\d{4}-\d{2}$/.test(value)) return `${quoted} is only a month: ${what} needs the day too (YYYY-MM-DD)`;
    if (/^\d{4}$/.test(value)) return `${quoted} is only a year: ${what} needs the day too (YYYY-MM-DD)`;
    return `${quoted} is not a date as YYYY-MM-DD (for example 2023-10-05)`;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const notDate = `${quoted} is not a calendar date`;
  if (month < 1 || month > 12) return `${notDate}: there is no month ${month}`;
  if (day < 1) return `${notDate}: there is no day ${day}`;
  const days = daysIn(year, month);
  if (day > days) return `${notDate}: ${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  if (hour > 23) return `${notDate}: there is no hour ${hour}`;
  if (minute > 59) return `${notDate}: there is no minute ${minute}`;
  if (second > 59) return `${notDate}: there is no second ${second}`;
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
export function claimDateProblem(value: string): string | null {
  if (YEAR_ONLY.test(value)) return null;
  const month = MONTH_ONLY.exec(value);
  if (month) {
    const number = Number(month[2]);
    return number >= 1 && number <= 12 ? null : `${JSON.stringify(value)} is not a month: there is no month ${number}`;
  }
  if (DATE_TIME.test(value)) return calendarDateProblem(value, 'a claim date');
  return `${JSON.stringify(value)} is not a claim date: give YYYY-MM-DD, YYYY-MM or YYYY (for example 2023-10-05, 2023-10 or 2023)`;
}

/** The precision of a valid claim date. */
export function claimDatePrecision(value: string): ClaimDatePrecision {
  return YEAR_ONLY.test(value) ? 'year' : MONTH_ONLY.test(value) ? 'month' : 'day';
}
