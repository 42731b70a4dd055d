// What a chrono result means as a stretch of the calendar: its first and last day (inclusive) and
// how precisely the text named it. Chrono models every expression as a point in time with "certain"
// and "implied" components; the span is read off which components the text made certain.
import { ParsingComponents, type ParsedComponents, type ParsedResult, type ParsingContext, type ParsingResult } from 'chrono-node';
import { addDays, compareDates, isoWeekStart, monthEnd, monthStart, type CalendarDate } from './calendar';

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'range';

export interface Span {
  readonly start: CalendarDate;
  readonly end: CalendarDate; // inclusive
  readonly precision: DatePrecision;
}

/** Our parsers and refiners put the span into the result and say so with this tag. */
const PRECISION_TAG = 'factdesk/precision/';
const PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month', 'year', 'range'];

/** The span a result stands for, or null when it names no date (a bare time such as "um 15 Uhr"). */
export function spanOf(result: ParsedResult): Span | null {
  const written = writtenPrecision(result);
  if (written) {
    const start = dateOf(result.start);
    return { start, end: result.end ? dateOf(result.end) : start, precision: written };
  }
  const start = componentSpan(result.start);
  if (!start || !result.end) return start;
  const end = componentSpan(result.end) ?? start;
  return { start: start.start, end: end.end, precision: 'range' };
}

/** Replace the result's dates by `span` (every component certain, so chrono's later refiners leave it). */
export function writeSpan(result: ParsingResult, span: Span): void {
  const tags = [...result.tags()].filter((tag) => !tag.startsWith(PRECISION_TAG));
  tags.push(PRECISION_TAG + span.precision);
  result.start = componentsAt(result, span.start, tags);
  result.end = compareDates(span.start, span.end) === 0 ? undefined : componentsAt(result, span.end, tags);
}

export function daySpan(date: CalendarDate): Span {
  return { start: date, end: date, precision: 'day' };
}

export function weekSpan(date: CalendarDate): Span {
  const start = isoWeekStart(date);
  return { start, end: addDays(start, 6), precision: 'week' };
}

export function monthSpan(date: CalendarDate): Span {
  return { start: monthStart(date), end: monthEnd(date), precision: 'month' };
}

export function yearSpan(year: number): Span {
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 }, precision: 'year' };
}

/** The reference day chrono was given (local noon on the article's date, see index.ts). */
export function referenceDate(context: ParsingContext): CalendarDate {
  const instant = context.reference.instant;
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
}

export function dateOf(components: ParsedComponents): CalendarDate {
  return { year: components.get('year') ?? 0, month: components.get('month') ?? 1, day: components.get('day') ?? 1 };
}

/** Whether a parser or refiner of ours already fixed the result's span. */
export function hasWrittenSpan(result: ParsedResult): boolean {
  return writtenPrecision(result) !== null;
}

function writtenPrecision(result: ParsedResult): DatePrecision | null {
  for (const tag of result.tags()) {
    const precision = PRECISIONS.find((p) => tag === PRECISION_TAG + p);
    if (precision) return precision;
  }
  return null;
}

function componentSpan(components: ParsedComponents): Span | null {
  const date = dateOf(components);
  const tags = components.tags();
  if (components.isCertain('day') || components.isCertain('weekday')) {
    // chrono resolves "letzte Woche", "two weeks ago" to the day N weeks back, certain, with its
    // weekday only implied (a count of days makes the weekday certain): the text named a week.
    const weeksBack =
      tags.has('result/relativeDate') && !tags.has('result/relativeDateAndTime') && !components.isCertain('weekday');
    return weeksBack ? weekSpan(date) : daySpan(date);
  }
  if (components.isCertain('month')) return monthSpan(date);
  if (components.isCertain('year')) return yearSpan(date.year);
  return null;
}

function componentsAt(result: ParsingResult, date: CalendarDate, tags: string[]): ParsingComponents {
  return new ParsingComponents(result.reference, { year: date.year, month: date.month, day: date.day }).addTags(tags);
}
