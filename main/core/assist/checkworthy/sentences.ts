// Sentences of news text, with their UTF-16 offsets (as every Article.text offset is). ICU's
// sentence breaks (Intl.Segmenter), then rejoined where ICU broke after an abbreviation, an
// initial or a German ordinal ("am 3. Oktober", "St. Petersburg", "Dr. Müller", "John F. Kennedy").
import type { CheckworthyLanguage } from './features';

export interface Sentence {
  readonly text: string;
  /** Offset of `text` in the string it was split from. */
  readonly index: number;
}

const ABBREVIATIONS: Record<CheckworthyLanguage, ReadonlySet<string>> = {
  en: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'jr', 'sr', 'no', 'vs', 'v', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'approx', 'est', 'fig', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m']),
  de: new Set(['dr', 'prof', 'st', 'nr', 'ca', 'bzw', 'vgl', 'z.b', 'u.a', 'd.h', 's.o', 'u.u', 'o.ä', 'evtl', 'ggf', 'inkl', 'exkl', 'mio', 'mrd', 'tsd', 'abs', 'art', 'bd', 'hl', 'str', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dez', 'usw', 'dt', 'gen', 'mr', 'mrs']),
};

const segmenters = new Map<CheckworthyLanguage, Intl.Segmenter>();

export function splitSentences(text: string, lang: CheckworthyLanguage): Sentence[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  const pieces: { index: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1];
    if (previous && continues(text.slice(previous.index, previous.end), lang)) previous.end = index + segment.length;
    else pieces.push({ index, end: index + segment.length });
  }
  return pieces.flatMap(({ index, end }) => {
    const raw = text.slice(index, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    return trimmed === '' ? [] : [{ text: trimmed, index: index + lead }];
  });
}

/** Whether ICU's break after this piece is false: it ends in an abbreviation, initial or ordinal. */
function continues(piece: string, lang: CheckworthyLanguage): boolean {
  const last = /(\S+)\.\s*$/u.exec(piece)?.[1];
  if (last === undefined) return false;
  const word = last.replace(/^[(„“"'«‚]+/u, '').toLowerCase();
  if (ABBREVIATIONS[lang].has(word)) return true;
  if (/^\p{L}$/u.test(word)) return true; // an initial
  return lang === 'de' && /^\d{1,2}$/.test(word); // "am 3. Oktober": a German ordinal
}
