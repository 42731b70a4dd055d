// The words of a report in its language: every fixed string comes from the `reports` catalogue
// (statuses from `common`), dates through Intl. A message with user text in a placeholder is
// escaped as a whole: the catalogue's words by the format's escaper, each user value by the same
// escaper on its own, and markup the writer built (a link, a <time>) put in as it is.
import { cachedTranslator } from '@common/i18n';
import { formatMessage } from '@common/i18n/compiled';
import { formatDate, formatDateTime, formatMonth } from '@common/i18n/format';
import type { Evidence } from '@common/domain/evidence';
import type { ClaimPart, ClaimStatus, ReportLanguage, SourceStance } from '@common/domain/types';

/** A value already in the output's own syntax (escaped text, a link): placed as it is. */
export class Markup {
  constructor(readonly text: string) {}
}

/** The key of an ICU select (`yes`/`no`), never shown itself. */
export class Choice {
  constructor(readonly key: string) {}
}

export const choice = (yes: boolean): Choice => new Choice(yes ? 'yes' : 'no');

/** A placeholder's value: user text (escaped), a number (for plurals), markup, or a select key. */
export type MessageValue = string | number | Markup | Choice;

// A placeholder's stand-in while the message is formatted and escaped; NUL is in no catalogue.
// eslint-disable-next-line no-control-regex -- the stand-in is made of NULs on purpose
const STAND_IN = /\u0000(\d+)\u0000/g;

export interface ReportText {
  language: ReportLanguage;
  /** A message of the `reports` catalogue, escaped by `escape`, placeholders filled in. */
  message(key: string, values: Record<string, MessageValue>, escape: (text: string) => string): string;
  /** A fixed phrase of the `reports` catalogue, unescaped (the caller escapes it). */
  word(key: string): string;
  /** A calendar date, a month ("2023-12") or a timestamp's day, in the report's language. */
  date(iso: string): string;
  /** A moment (capture time), in UTC so the report is the same wherever it is written. */
  moment(iso: string): string;
  status(status: ClaimStatus): string;
  stance(stance: SourceStance): string;
  part(part: ClaimPart): string;
  kind(kind: Evidence['kind']): string;
}

function reportDate(language: ReportLanguage, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) {
    return formatMonth(language, iso);
  }
  // A timestamp is reported by its UTC day, as the ISO day it replaces was.
  return formatDate(language, /^\d{4}-\d{2}-\d{2}T/.test(iso) ? iso.slice(0, 10) : iso);
}

/** Fixed phrases by language and key: a report of 1,000 claims asks for the same few thousands of times. */
const phrases = new Map<string, string>();

export function reportText(language: ReportLanguage): ReportText {
  const t = cachedTranslator(language, 'reports');
  const word = (key: string): string => {
    const id = `${language}\u0000${key}`;
    let phrase = phrases.get(id);
    if (phrase === undefined) {
      phrase = t(key);
      phrases.set(id, phrase);
    }
    return phrase;
  };
  return {
    language,
    word,
    message(key, values, escape) {
      const pieces: string[] = [];
      const args: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'number') args[name] = value;
        else if (value instanceof Choice) args[name] = value.key;
        else {
          pieces.push(value instanceof Markup ? value.text : escape(value));
          args[name] = `\u0000${pieces.length - 1}\u0000`;
        }
      }
      // One pass over the escaped message: a value put in is never scanned again.
      return escape(formatMessage(language, 'reports', key, args)).replace(STAND_IN, (_, i: string) => pieces[Number(i)] ?? '');
    },
    date: (iso) => reportDate(language, iso),
    moment: (iso) => `${formatDateTime(language, iso, 'UTC')} UTC`,
    status: (status) => word(`common:status.${status}`),
    stance: (stance) => word(`source.stance.${stance}`),
    part: (part) => word(`claim.part.${part}`),
    kind: (kind) => word(`preserved.kind.${kind}`),
  };
}
