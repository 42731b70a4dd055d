// The words the added parsers and refiners recognise, per language. Chrono's own German locale has
// no parser for month names without a day ("im Oktober"), so the German month names live here.
import type { DateLanguage } from './configure';

/** German month names and their dotted abbreviations ("Okt."), lower case, to month number. */
export const GERMAN_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, 'jan.': 1,
  februar: 2, feber: 2, 'feb.': 2, 'febr.': 2,
  märz: 3, maerz: 3, 'mär.': 3, 'mrz.': 3,
  april: 4, 'apr.': 4,
  mai: 5,
  juni: 6, 'jun.': 6,
  juli: 7, 'jul.': 7,
  august: 8, 'aug.': 8,
  september: 9, 'sep.': 9, 'sept.': 9,
  oktober: 10, 'okt.': 10,
  november: 11, 'nov.': 11,
  dezember: 12, 'dez.': 12,
};

/**
 * Words that make a weekday or month relative to something other than the article's date
 * ("last Friday", "nächsten Montag", "Freitag dieser Woche"). A result without one is "bare".
 */
export const MODIFIERS: Readonly<Record<DateLanguage, RegExp>> = {
  de: /(?<!\p{L})(?:letzte|vergangene|vorige|nächste|naechste|kommende|diese|übernächste)/iu,
  en: /(?<!\p{L})(?:last|past|previous|next|coming|this)(?!\p{L})/iu,
};

/** Alternation of a word list, longest first so a regex prefers "Jänner" over a shorter spelling. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
