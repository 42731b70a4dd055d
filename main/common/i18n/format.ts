// Dates, times and numbers in the reader's language, through Intl (never hand-built strings).
import type { Language } from './languages';

const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

export function localeOf(language: Language): string {
  return LOCALE[language];
}

/** A calendar date (YYYY-MM-DD or a full ISO timestamp), e.g. "3 October 2023" / "3. Oktober 2023". */
export function formatDate(language: Language, iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment in the reader's own time zone, e.g. "3 Oct 2023, 14:05" / "03.10.2023, 14:05". */
export function formatDateTime(language: Language, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(LOCALE[language]).format(value);
}
