// Dates, times and numbers in the reader's language, through Intl (never hand-built strings).
import type { Language } from './languages';

const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

export function localeOf(language: Language): string {
  return LOCALE[language];
}

// Building an Intl formatter costs far more than formatting with it (a report of 1,000 claims
// spent a quarter of its time building them), so each one is built once and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Without a zone a formatter keeps the process's zone of the moment it was built: not kept.
  if (options.timeZone === undefined) return new Intl.DateTimeFormat(LOCALE[language], options);
  const key = `${language} ${options.dateStyle ?? ''} ${options.timeStyle ?? ''} ${options.month ?? ''} ${options.timeZone}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALE[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date (YYYY-MM-DD or a full ISO timestamp), e.g. "3 October 2023" / "3. Oktober 2023". */
export function formatDate(language: Language, iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A month ("2023-10"), e.g. "October 2023" / "Oktober 2023"; the input if it is no month. */
export function formatMonth(language: Language, yearMonth: string): string {
  const month = new Date(`${yearMonth}-01T00:00:00Z`);
  if (Number.isNaN(month.getTime())) return yearMonth;
  return dateFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(month);
}

/** A moment in the reader's own time zone, e.g. "3 Oct 2023, 14:05" / "03.10.2023, 14:05". */
export function formatDateTime(language: Language, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

function numberFormat(language: Language, digits: number | null): Intl.NumberFormat {
  const key = `${language} ${digits ?? ''}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format =
      digits === null
        ? new Intl.NumberFormat(LOCALE[language])
        : new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(language: Language, value: number): string {
  return numberFormat(language, null).format(value);
}

/** A fixed-point number, ungrouped like a column ("0.637" / "0,637" with 3 digits). */
export function formatDecimal(language: Language, value: number, digits: number): string {
  return numberFormat(language, digits).format(value);
}
