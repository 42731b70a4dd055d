// A resolved date expression as a claim date: the narrowest day, month or year that holds all of
// it, so "letzten Monat" gives a month and "seit Januar" (January to the article's date) a year.
import type { ClaimDatePrecision } from '@common/domain/dates';

export function claimDateOf(start: string, end: string): { value: string; precision: ClaimDatePrecision } | null {
  if (start === end) return { value: start, precision: 'day' };
  if (start.slice(0, 7) === end.slice(0, 7)) return { value: start.slice(0, 7), precision: 'month' };
  if (start.slice(0, 4) === end.slice(0, 4)) return { value: start.slice(0, 4), precision: 'year' };
  return null;
}
