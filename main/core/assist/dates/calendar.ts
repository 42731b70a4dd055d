// Calendar arithmetic on plain dates (no time, no time zone): what a resolved date expression is
// made of. Computed through UTC so the machine's zone and DST never move a day.

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date an ISO `YYYY-MM-DD` string names, or null if it names none (e.g. 2023-02-30). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = fromUtc(toUtc(date));
  return roundTrip.year === date.year && roundTrip.month === date.month && roundTrip.day === date.day ? date : null;
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** The first day of the month `months` calendar months away (never overflows into another month). */
export function monthStart(date: CalendarDate, months = 0): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** The same day `months` calendar months away, or that month's last day if it is shorter. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const month = monthStart(date, months);
  return { ...month, day: Math.min(date.day, daysInMonth(month)) };
}

export function monthEnd(date: CalendarDate): CalendarDate {
  return addDays(monthStart(date, 1), -1);
}

export function daysInMonth(date: CalendarDate): number {
  return monthEnd(date).day;
}

/** 0 = Sunday ... 6 = Saturday, as Date.getDay() and chrono count. */
export function weekday(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Monday of the ISO week (Monday-Sunday) that contains `date`. */
export function isoWeekStart(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toUtc(a) - toUtc(b);
}

const DAY_MS = 86_400_000;

function toUtc(date: CalendarDate): number {
  // setUTCFullYear rather than Date.UTC, which maps the years 0-99 to 1900-1999.
  return new Date(0).setUTCFullYear(date.year, date.month - 1, date.day);
}

function fromUtc(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
