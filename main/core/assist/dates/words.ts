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

/** Counts written as words, for "in den vergangenen zwei Wochen" and "the past three months". */
export const NUMBER_WORDS: Readonly<Record<DateLanguage, Readonly<Record<string, number>>>> = {
  de: {
    ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6,
    sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12,
  },
  en: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12,
  },
};

/** Alternation of a word list, longest first so a regex prefers "Jänner" over a shorter spelling. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
