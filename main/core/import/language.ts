// Language detection with franc-min (trigram profiles, ISO 639-3) mapped to the ISO 639-1 codes
// the store and ClaimReview use. franc's cost grows with the sample length times the number of
// candidate languages (≈1 ms for 2,000 characters against all its languages), so it looks at a
// bounded sample: a few hundred characters of running text identify a language reliably, and bulk
// imports of thousands of articles stay fast (≈0.2 ms per article).
import { trigramLanguageGuesser } from './trigramLanguage.js';

/** franc-min's languages that have an ISO 639-1 code and are plausible in a newsroom. Restricting
 *  franc to these avoids misreading European text as a closely related low-resource language. */
const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', swe: 'sv',
  pol: 'pl', ces: 'cs', hun: 'hu', ron: 'ro', tur: 'tr', hrv: 'hr', bos: 'bs', srp: 'sr',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', uzn: 'uz', azj: 'az', ell: 'el',
  arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne', ben: 'bn',
  pan: 'pa', guj: 'gu', tel: 'te', tam: 'ta', kan: 'kn', mal: 'ml', sin: 'si', mya: 'my',
  tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms', tgl: 'tl', swh: 'sw', amh: 'am', hau: 'ha',
  yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', cmn: 'zh', jpn: 'ja', kor: 'ko',
};

const ONLY = Object.keys(ISO_639_3_TO_1);

/** Characters handed to franc: enough for a stable guess, bounded for speed. */
export const LANGUAGE_SAMPLE_CHARS = 400;

/** Below this, trigram statistics guess more than they detect ("Second para." comes out French)… */
const MIN_SAMPLE_CHARS = 80;
/** …unless the writing system alone names the language (franc decides these by script, and a
 *  single CJK sentence is shorter than 80 characters). */
const SCRIPT_DECIDED = new Set(['cmn', 'jpn', 'kor', 'ell', 'tha', 'ben', 'tel', 'tam', 'guj', 'kan', 'mal', 'mya', 'pan', 'amh', 'sin']);
const MIN_SCRIPT_SAMPLE_CHARS = 10;

/** franc-min's guess, restricted to ONLY, at a fraction of franc's cost (see trigramLanguage.ts). */
const guess = trigramLanguageGuesser(ONLY, MIN_SCRIPT_SAMPLE_CHARS);

/** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
export function detectLanguage(text: string): string | null {
  let sample = text;
  if (text.length > LANGUAGE_SAMPLE_CHARS) {
    // Cut at a word boundary so no half word adds misleading trigrams.
    const cut = text.lastIndexOf(' ', LANGUAGE_SAMPLE_CHARS);
    sample = text.slice(0, cut > LANGUAGE_SAMPLE_CHARS / 2 ? cut : LANGUAGE_SAMPLE_CHARS);
  }
  const code = guess(sample);
  if (sample.length < MIN_SAMPLE_CHARS && !SCRIPT_DECIDED.has(code)) return null;
  return ISO_639_3_TO_1[code] ?? null;
}
