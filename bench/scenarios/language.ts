// Language guessing during import: Factdesk's trigram guesser against franc-min, which it must
// answer exactly like (test/core/import/trigram-language.test.ts proves the answers; the speed is
// measured here, since two timings taken one after the other on a busy machine are no test).
import { franc } from 'franc-min';
import { trigramLanguageGuesser } from '../../main/core/import/trigramLanguage';
import { generateArticle } from '../generate';
import type { Measurement } from '../lib/report';

const NEWSROOM = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'pol', 'ces', 'hun', 'ron', 'tur', 'hrv', 'bos', 'srp', 'rus', 'ukr', 'bel', 'cmn', 'jpn', 'kor', 'ell', 'arb'];

export function languageScenario(opts: { seed: number; reps: number; log: (s: string) => void }): Measurement[] {
  // 400 characters: what the import hands the guesser (LANGUAGE_SAMPLE_CHARS).
  const samples = Array.from({ length: 500 }, (_, i) => generateArticle(opts.seed, i).content.slice(0, 400));
  const guess = trigramLanguageGuesser(NEWSROOM, 10);
  const viaFranc = (t: string): string => franc(t, { only: NEWSROOM, minLength: 10 });
  const differing = samples.filter((t) => guess(t) !== viaFranc(t)).length;
  if (differing > 0) throw new Error(`language: ${differing} samples guessed differently from franc`);
  const perSample = (fn: (t: string) => string): number => {
    const start = process.hrtime.bigint();
    for (const t of samples) fn(t);
    return Number(process.hrtime.bigint() - start) / 1e3 / samples.length;
  };
  perSample(guess); // compile both before timing
  perSample(viaFranc);
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratio: number[] = [];
  // Interleaved, so a slow moment of the machine hits both sides of a ratio alike.
  for (let rep = 0; rep < opts.reps; rep++) {
    const a = perSample(guess);
    const b = perSample(viaFranc);
    ours.push(a);
    theirs.push(b);
    ratio.push(b / a);
  }
  opts.log(`language: ${ratio.map((r) => r.toFixed(2)).join(' ')} × faster than franc`);
  return [
    { id: 'language', label: 'language guess of a 400-character sample (trigram guesser)', unit: 'µs', samples: ours, target: null },
    { id: 'language-franc', label: '  the same with franc-min', unit: 'µs', samples: theirs, target: null },
    {
      id: 'language-ratio',
      label: '  franc time ÷ guesser time',
      unit: '×',
      samples: ratio,
      target: { statistic: 'median', comparison: '>=', value: 2, text: '≥ 2×' },
    },
  ];
}
