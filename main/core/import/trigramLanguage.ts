// franc-min's language guess, computed faster: the same data (franc-min's per-script trigram
// profiles) and the same rules (the script with the largest share of characters; then, among that
// script's languages, the smallest sum of rank differences between the text's trigram counts and
// the language's ranked profile, 300 for a trigram the profile lacks; ties go to the language
// listed first). franc looks every trigram up in every language's profile object; here each
// script's profiles are inverted once into one Map from trigram to the languages that have it,
// so a guess costs one lookup per trigram. Imports guess the language of every article: with
// franc this was about half of a 10,000-article import. test/core/import/trigram-language.test.ts
// checks the answers against franc itself.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc looks at no more than this many characters. */
const MAX_LENGTH = 2048;
/** The distance a trigram adds when a language's profile lacks it. */
const MAX_DIFFERENCE = 300;

export const UNDETERMINED = 'und';

interface ScriptProfiles {
  /** The allowed languages of the script, in franc's data order (which decides ties). */
  languages: string[];
  /** trigram → [language index, rank, language index, rank, …] */
  ranks: Map<string, number[]>;
}

export interface LanguageGuesser {
  /** The ISO 639-3 code franc(value, { only, minLength }) returns, or "und". */
  (value: string): string;
}

/** A guesser limited to `only` (ISO 639-3 codes, as franc's `only` option). */
export function trigramLanguageGuesser(only: readonly string[], minLength: number): LanguageGuesser {
  const allowed = new Set(only);
  const allow = (language: string): boolean => allowed.size === 0 || allowed.has(language);
  const profiles = new Map<string, ScriptProfiles>();
  const profilesOf = (script: string): ScriptProfiles => {
    let found = profiles.get(script);
    if (!found) {
      found = invert(data[script] ?? {}, allow);
      profiles.set(script, found);
    }
    return found;
  };

  return (input: string): string => {
    if (!input || input.length < minLength) return UNDETERMINED;
    const value = input.slice(0, MAX_LENGTH);
    const [script, share] = topScript(value);
    if (script === undefined || !Object.hasOwn(data, script)) {
      // Scripts with one language (e.g. Han for Mandarin) name the language themselves.
      return script === undefined || share === 0 || !allow(script) ? UNDETERMINED : script;
    }
    const { languages, ranks } = profilesOf(script);
    if (languages.length === 0) return UNDETERMINED;
    // Every language starts at the maximum difference for every trigram; a trigram its profile
    // has replaces that with the rank difference.
    const distance = new Float64Array(languages.length);
    for (const [trigram, count] of trigramCounts(value)) {
      const entry = ranks.get(trigram);
      if (entry === undefined) continue;
      for (let i = 0; i < entry.length; i += 2) {
        const language = entry[i] as number;
        distance[language] = (distance[language] as number) + Math.abs(count - (entry[i + 1] as number) - 1) - MAX_DIFFERENCE;
      }
    }
    let best = 0;
    for (let l = 1; l < languages.length; l++) if ((distance[l] as number) < (distance[best] as number)) best = l;
    return languages[best] as string;
  };
}

function invert(byLanguage: Record<string, string>, allow: (language: string) => boolean): ScriptProfiles {
  const languages: string[] = [];
  const ranks = new Map<string, number[]>();
  for (const [language, profile] of Object.entries(byLanguage)) {
    if (!allow(language)) continue;
    const index = languages.push(language) - 1;
    const seen = new Set<string>();
    // A trigram listed twice keeps its first (best) rank, as in franc.
    profile.split('|').forEach((trigram, rank) => {
      if (seen.has(trigram)) return;
      seen.add(trigram);
      const entry = ranks.get(trigram);
      if (entry) entry.push(index, rank);
      else ranks.set(trigram, [index, rank]);
    });
  }
  return { languages, ranks };
}

/**
 * Scripts whose characters another script's expression also matches: franc's Japanese expression
 * takes in the Han characters of its Mandarin one. Every other pair of expressions is disjoint
 * (test/core/import/trigram-language.test.ts checks every code point).
 */
export const SHARED_SCRIPTS: ReadonlySet<string> = new Set(['cmn']);

/** The script with the largest share of the value's characters (the first listed on a tie), and that share. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  // UTF-16 units no script looked at so far has claimed.
  let unitsLeft = value.length;
  for (const [script, expression] of Object.entries(expressions)) {
    const matches = value.match(expression) ?? [];
    if (matches.length > topCount) {
      topCount = matches.length;
      top = script;
    }
    if (!SHARED_SCRIPTS.has(script)) for (const m of matches) unitsLeft -= m.length;
    // A later script matches at most the characters left unclaimed: it cannot pass this one, and
    // a tie keeps the first. Latin text stops after two of franc's twenty expressions instead of
    // running them all (the guess was about half the import's parsing time; issue 16).
    if (topCount >= unitsLeft) break;
  }
  return [top, topCount / value.length || 0];
}

/** Trigram counts of the cleaned, space-padded text, as trigram-utils' asDictionary computes them. */
function trigramCounts(value: string): Map<string, number> {
  // Punctuation, symbols and digits (U+0021–U+0040) become spaces; white space runs collapse.
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
