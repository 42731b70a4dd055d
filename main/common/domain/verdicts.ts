// Finding a verdict on the scale from what a person typed: the one rule the core, the CLI and the
// report filter share. A key matches exactly first, so a scale whose label repeats another key
// still resolves keys as stored.
import { FactdeskError } from './errors';
import type { Verdict, VerdictScale } from './types';

/** Case, spaces, hyphens and underscores do not matter: "Mostly_False" is "mostly false". */
const fold = (s: string): string => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** The verdict for a key or label, tried in order: exact key, label ignoring case, key typed as words, then any folding. */
export function findVerdict(scale: VerdictScale, keyOrLabel: string): Verdict | undefined {
  const wanted = keyOrLabel.trim();
  const want = fold(keyOrLabel);
  return (
    scale.verdicts.find((v) => v.key === wanted) ??
    scale.verdicts.find((v) => v.label.toLowerCase() === wanted.toLowerCase()) ??
    scale.verdicts.find((v) => v.key === wanted.toLowerCase().replace(/[\s-]+/g, '_')) ??
    scale.verdicts.find((v) => fold(v.key) === want || fold(v.label) === want)
  );
}

/** The verdict key for user input (key or label), or null when empty; an unknown one is the user's error. */
export function verdictKeyOf(scale: VerdictScale, input: string | null | undefined): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const verdict = findVerdict(scale, input);
  if (!verdict) {
    const known = scale.verdicts.map((v) => v.label).join(', ');
    throw new FactdeskError('invalid_input', `"${input}" is not on the verdict scale (${known}).`);
  }
  return verdict.key;
}
