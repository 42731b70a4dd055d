// The fast language guesser must answer exactly as franc-min does, on real text and on
// adversarial mixes (close calls between related languages, mixed scripts, digits, short text).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { SHARED_SCRIPTS, trigramLanguageGuesser } from '../../../main/core/import/trigramLanguage';
import { prng } from '../../support/prng';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

function fixtureTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|md|html?)$/.test(entry.name)) texts.push(readFileSync(full, 'utf8'));
    }
  };
  walk(FIXTURES);
  return texts;
}

/** Text made of a language's own profile trigrams, optionally mixed with another language's. */
function profileText(r: () => number, language: string, other: string | null, length: number): string {
  const pieces = (code: string) => Object.values(data).find((langs) => code in langs)?.[code]?.split('|') ?? [];
  const own = pieces(language);
  const mixed = other === null ? [] : pieces(other);
  let text = '';
  while (text.length < length) {
    const from = mixed.length > 0 && r() < 0.45 ? mixed : own;
    text += from[Math.floor(r() * from.length)] ?? '';
    if (r() < 0.2) text += r() < 0.5 ? ', ' : '. 42 ';
  }
  return text;
}

const NEWSROOM = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'pol', 'ces', 'hun', 'ron', 'tur', 'hrv', 'bos', 'srp', 'rus', 'ukr', 'bel', 'cmn', 'jpn', 'kor', 'ell', 'arb'];

describe('trigramLanguageGuesser', () => {
  const inputs: string[] = [];
  for (const text of fixtureTexts()) {
    inputs.push(text, text.slice(0, 400), text.slice(0, 120), text.slice(0, 40), text.slice(200, 260));
  }
  const r = prng(7);
  const latin = Object.keys(data.Latin ?? {});
  const cyrillic = Object.keys(data.Cyrillic ?? {});
  for (let i = 0; i < 300; i++) {
    const pool = i % 3 === 0 ? cyrillic : latin;
    const language = pool[Math.floor(r() * pool.length)] as string;
    const other = r() < 0.6 ? (pool[Math.floor(r() * pool.length)] as string) : null;
    inputs.push(profileText(r, language, other, 20 + Math.floor(r() * 600)));
  }
  inputs.push('', 'Second para.', '1234567890 42 %', '政府周三批准了扩大风能发电的新规定。', 'Москва Moskau Moscow', 'ΑΒΓΔ Αθήνα και Berlin', 'これは日本語の文章です。東京で会議が開かれた。', '東京 Tokyo 会議 meeting');

  it.each([
    ['a newsroom list', NEWSROOM],
    ['every language', [] as string[]],
  ])('answers as franc does, limited to %s', (_name, only) => {
    const guess = trigramLanguageGuesser(only, 10);
    const differing = inputs.filter((text) => guess(text) !== franc(text, { only, minLength: 10 }));
    expect(differing).toEqual([]);
  });
  // Its speed against franc is a figure, not a test: `npm run bench` (scenario language).

  it('can stop counting scripts early: a character two scripts share is one the guesser knows of', () => {
    // The guesser stops once no later script can match more characters than the leader; that
    // holds only if every character two expressions share belongs to a script it leaves unclaimed
    // (SHARED_SCRIPTS). Every code point, each script's test.
    const tests = Object.entries(expressions).map(([script, e]) => [script, new RegExp(e.source, e.flags.replace('g', ''))] as const);
    const shared: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      const scripts = tests.filter(([, e]) => e.test(char)).map(([script]) => script);
      if (scripts.filter((script) => !SHARED_SCRIPTS.has(script)).length > 1) shared.push(`U+${cp.toString(16)} ${scripts.join(',')}`);
    }
    expect(shared).toEqual([]);
  });
});
