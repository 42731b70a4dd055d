// Date expressions in German and English text, each resolved against a reference date (the
// article's publication date) to the days it covers. Pure and synchronous: text in, dates out.
import { FactdeskError } from '@common/domain/errors';
import { parseIsoDate, toIsoDate, type CalendarDate } from './calendar';
import { dateParser, type DateLanguage } from './configure';
import { spanOf, type DatePrecision } from './span';

export type { DateLanguage } from './configure';
export type { DatePrecision } from './span';

export interface FindDatesOptions {
  readonly lang: DateLanguage;
  /** The article's publication date, `YYYY-MM-DD`. */
  readonly ref: string;
}

export interface FoundDate {
  /** The expression as written, and its UTF-16 offset in the text (as Article.text offsets are). */
  readonly text: string;
  readonly index: number;
  /** First and last day covered, ISO `YYYY-MM-DD`, end inclusive. */
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
}

const LANGUAGES: readonly DateLanguage[] = ['de', 'en'];

export function findDates(text: string, options: FindDatesOptions): FoundDate[] {
  const ref = parseIsoDate(options.ref);
  if (!ref) {
    throw new FactdeskError('invalid_input', `"${options.ref}" is not a date: give the reference date as YYYY-MM-DD.`);
  }
  if (!LANGUAGES.includes(options.lang)) {
    throw new FactdeskError('invalid_input', `Dates can be found in German (de) or English (en), not "${options.lang}".`);
  }
  const found: FoundDate[] = [];
  for (const result of dateParser(options.lang).parse(text, referenceInstant(ref))) {
    const span = spanOf(result);
    if (!span) continue;
    found.push({
      text: result.text,
      index: result.index,
      start: toIsoDate(span.start),
      end: toIsoDate(span.end),
      precision: span.precision,
    });
  }
  return found;
}

/** Noon, local time, on the reference day: chrono reads dates in local time, and noon is never in a DST gap. */
function referenceInstant(ref: CalendarDate): Date {
  const instant = new Date(2000, 0, 1, 12);
  instant.setFullYear(ref.year, ref.month - 1, ref.day);
  return instant;
}
