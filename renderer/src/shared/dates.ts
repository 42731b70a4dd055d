// Every date and time the workbench shows, in one format per locale (Intl). Two kinds:
// - the article's own dates (its publication date, the dates its claims speak of and their
//   ranges) are read beside the article's text and quoted from it: in the article's language
//   (a German article shows "14.11.2023" even in an English interface, as the text itself does);
// - everything the workbench itself records (history, comments, queue, versions, conflicts) is
//   the interface talking: in the interface language, with the system's region when it speaks
//   the same language (an en-US desk keeps "Nov 14, 2023, 5:11 AM").
// One module, so the conflict dialog, the history, comments, queue and lists never disagree.
import { localeOf } from '@common/i18n/format';
import { interfaceLanguage } from './i18n';

/** The interface's locale: the system's own tag when it is in the interface language, else the language's default. */
export function interfaceLocale(): string {
  const language = interfaceLanguage();
  const system = typeof navigator !== 'undefined' ? navigator.language : '';
  return system && system.toLowerCase().split('-')[0] === language ? system : localeOf(language);
}

/** An article's language tag when Intl knows it, else the interface's locale (an old import's free text). */
function articleLocale(language: string | null): string {
  if (language !== null && language !== '') {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) return language;
    } catch {
      // Not a language tag.
    }
  }
  return interfaceLocale();
}

let openArticleLanguage: string | null = null;

/** Called by the workbench as the open article changes (null: none open), before its dates are formatted. */
export function setArticleDateLanguage(language: string | null): void {
  openArticleLanguage = language;
}

// Building an Intl formatter costs far more than formatting with it, and lists format a date per
// row: each is built once per kind and locale.
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATS: Record<'day' | 'month' | 'moment', Intl.DateTimeFormatOptions> = {
  // A calendar day or month (claim date, publication date) is stored without a zone: shown as UTC
  // so it never moves by a day; a moment (history, conflict) in the user's own time zone.
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  moment: { dateStyle: 'medium', timeStyle: 'short' },
};
function formatter(kind: keyof typeof FORMATS, locale: string): Intl.DateTimeFormat {
  const key = `${kind} ${locale}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, FORMATS[kind]);
    formatters.set(key, found);
  }
  return found;
}

function parsed(iso: string | null): Date | null {
  if (iso === null || iso === '') return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A day of the open article (a claim's date, a range found in its text), e.g. "14.11.2023" for a German article. */
export function formatDay(iso: string | null): string | null {
  return formatArticleDay(iso, openArticleLanguage);
}

/** An article's day (its publication date) in the article's own language; the input if unreadable. */
export function formatArticleDay(iso: string | null, articleLanguage: string | null): string | null {
  const date = parsed(iso);
  return date === null ? (iso === '' ? null : iso) : formatter('day', articleLocale(articleLanguage)).format(date);
}

/** A claim date at its precision: "14.11.2023", "Oktober 2023" (de) or "October 2023", "2023". */
export function formatClaimDate(value: string): string | null {
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month === null) return formatDay(value);
  const date = parsed(`${value}-01`);
  return date === null ? value : formatter('month', articleLocale(openArticleLanguage)).format(date);
}

/** A moment, e.g. "14.11.2023, 05:11" (de). */
export function formatMoment(iso: string): string {
  const date = parsed(iso);
  return date === null ? iso : formatter('moment', interfaceLocale()).format(date);
}

/** A count or figure with the interface's digit grouping ("4,000" / "4.000"). */
export function formatCount(value: number): string {
  return numberFormat(interfaceLocale(), 'count').format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const NUMBER_FORMATS = {
  count: {},
  megabytes: { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 },
  kilobytes: { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0, minimumFractionDigits: 0 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

/** A number formatter of the interface, built once per locale and kind (./files: sizes). */
export function numberFormat(locale: string, kind: keyof typeof NUMBER_FORMATS): Intl.NumberFormat {
  const key = `${kind} ${locale}`;
  let found = numberFormats.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale, NUMBER_FORMATS[kind]);
    numberFormats.set(key, found);
  }
  return found;
}
