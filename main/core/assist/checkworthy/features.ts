// What the check-worthy model sees of a sentence: word 1–2-grams, character 1–4-grams and a few
// cues (numbers, quantities, comparisons, names). One definition, used by the training script and
// by scoring, so a model always meets the features it was trained on.

export type CheckworthyLanguage = 'de' | 'en';

/** Term counts per n-gram family; each family is TF-IDF weighted and normalised on its own. */
export interface SentenceTerms {
  readonly word: Map<string, number>;
  readonly char: Map<string, number>;
}

/**
 * Lower case, digits folded to 0 (so "1,2 Millionen" and "3,4 Millionen" share n-grams: the model
 * should learn "a number here", not which number), typographic quotes and dashes folded.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Nd}/gu, '0')
    .replace(/[„“”«»‚‘’`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*|0+(?:[.,]0+)*|[%$€£]/gu;

export function sentenceTerms(text: string): SentenceTerms {
  const normal = normaliseSentence(text);
  const word = new Map<string, number>();
  const tokens = normal.match(WORD) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    add(word, tokens[i]!);
    if (i > 0) add(word, `${tokens[i - 1]!} ${tokens[i]!}`);
  }
  const char = new Map<string, number>();
  const padded = ` ${normal} `;
  if (!/[\uD800-\uDFFF]/.test(padded)) {
    for (let n = 1; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) add(char, padded.slice(i, i + n));
  } else {
    // By code point, not UTF-16 unit: a half emoji is no character, and no JSON parser takes it back.
    const chars = Array.from(padded);
    for (let n = 1; n <= 4; n++) for (let i = 0; i + n <= chars.length; i++) add(char, chars.slice(i, i + n).join(''));
  }
  return { word, char };
}

function add(counts: Map<string, number>, term: string): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

/** Names of the cue features, in the order `sentenceCues` returns them (the model file lists them). */
export const CUE_NAMES = ['number', 'quantity', 'comparison', 'names', 'question', 'length'] as const;

const QUANTITY: Record<CheckworthyLanguage, RegExp> = {
  en: /%|\b(?:percent|per cent|million|billion|trillion|thousand|hundred|dollars?|euros?|pounds?|jobs|people|times|years?|months?|tons?|miles?|rate)\b|[$€£]/i,
  de: /%|\b(?:prozent|million(?:en)?|milliarden?|billion(?:en)?|tausend|hundert|euro|dollar|menschen|jahre[n]?|monate[n]?|mal|tonnen|kilometer|quote)\b|[$€£]/i,
};
const COMPARISON: Record<CheckworthyLanguage, RegExp> = {
  en: /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|most|least|largest|highest|lowest|doubled?|tripled?|twice|half|increased?|decreased?|rose|fell|record|than|since|only)\b/i,
  de: /\b(?:mehr|weniger|höher|niedriger|größer|kleiner|meisten|wenigsten|höchste[nmrs]?|niedrigste[nmrs]?|verdoppelt|verdreifacht|doppelt|halb|hälfte|gestiegen|gesunken|rekord|als|seit|nur)\b/i,
};

/**
 * Dense cues, each roughly in [0, 1]. "names" counts capitalised words after the first in English
 * only: German capitalises every noun, so there it would say nothing.
 */
export function sentenceCues(text: string, lang: CheckworthyLanguage): number[] {
  const words = text.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
  const names = lang === 'en' ? words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && w !== 'I').length : 0;
  return [
    /\p{Nd}/u.test(text) ? 1 : 0,
    QUANTITY[lang].test(text) ? 1 : 0,
    COMPARISON[lang].test(text) ? 1 : 0,
    Math.min(names, 4) / 4,
    /\?\s*["'”“»«]?\s*$/.test(text) ? 1 : 0,
    Math.min(Math.log1p(words.length) / Math.log1p(60), 1),
  ];
}
