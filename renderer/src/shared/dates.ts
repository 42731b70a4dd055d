// Every date and time the workbench shows, in one format per locale (Intl). The locale is the
// open article's language when there is one (a German article shows German dates, like its
// text), else the app's (the browser's or Electron's). One module, so the conflict dialog, the
// history, comments, queue, lists and the claim date never disagree.

let locale = appLocale();

function appLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
}

/** Called by the workbench as the open article changes; null returns to the app's locale. */
export function setDateLocale(language: string | null): void {
  let next = appLocale();
  if (language !== null && language !== '') {
    try {
      next = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : next;
    } catch {
      // Not a language tag (an old import's free text): the app's locale.
    }
  }
  locale = next;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'day' | 'moment'): Intl.DateTimeFormat {
  const key = `${kind} ${locale}`;
  let found = formatters.get(key);
  if (found === undefined) {
    // A calendar day (claim date, publication date) is stored without a zone: shown as UTC so it
    // never moves by a day; a moment (history, conflict) in the user's own time zone.
    found =
      kind === 'day'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, found);
  }
  return found;
}

function parsed(iso: string | null): Date | null {
  if (iso === null || iso === '') return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar day, e.g. "14.11.2023" (de) or "Nov 14, 2023" (en-US); the input if unreadable. */
export function formatDay(iso: string | null): string | null {
  const date = parsed(iso);
  return date === null ? (iso === '' ? null : iso) : formatter('day').format(date);
}

/** A claim date at its precision: "14.11.2023", "Oktober 2023" (de) or "October 2023", "2023". */
export function formatClaimDate(value: string): string | null {
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month === null) return formatDay(value);
  const date = parsed(`${value}-01`);
  return date === null ? value : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment, e.g. "14.11.2023, 05:11" (de). */
export function formatMoment(iso: string): string {
  const date = parsed(iso);
  return date === null ? iso : formatter('moment').format(date);
}
