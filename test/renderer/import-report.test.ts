// Issue 15: the workbench's import report says why a file was refused in the interface language.
// A refused ImportOutcome carries the core's English sentence (error) and its Problem
// (common:problem.import.*); the report words the Problem, and falls back to the English sentence
// for an outcome without one (an older core, or a refusal not said by key).
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '@common/contract';
import { problemText } from '@common/i18n/problems';
import { refusedImportText } from '../../renderer/src/shared/api';

/** A refused outcome as the core makes it: the English sentence from the same Problem. */
function refused(fileName: string, key: string, values: Record<string, string | number>): ImportOutcome {
  const problem = { key: `import.${key}`, values: { web: 'no', file: fileName, ...values } };
  return { fileName, ok: false, error: problemText('en', problem), problem };
}

describe('a refused file in the workbench’s import report', () => {
  it('is said in German from its problem, the English sentence kept for English', () => {
    const outcome = refused('foto.txt', 'binary', { kind: 'png' });
    expect(refusedImportText(outcome, 'de')).toBe('foto.txt sieht nach einer Binärdatei aus (PNG-Bild), nicht nach einem Artikel');
    expect(refusedImportText(outcome, 'en')).toBe('foto.txt looks like a binary file (PNG image), not an article');
    expect(outcome.error).toBe('foto.txt looks like a binary file (PNG image), not an article');
  });

  it('writes numbers the German way', () => {
    const outcome = refused('riesig.html', 'tooManyElements', { max: 50_000 });
    expect(refusedImportText(outcome, 'de')).toBe('riesig.html hat mehr als 50.000 HTML-Elemente, mehr als jede Artikelseite; nichts davon wurde importiert.');
    expect(refusedImportText(outcome, 'en')).toBe('riesig.html has more than 50,000 HTML elements, more than any article page; nothing of it was imported.');
  });

  it('falls back to the core’s sentence without a problem, and to nothing without either', () => {
    expect(refusedImportText({ fileName: 'a.txt', ok: false, error: 'a.txt: UNIQUE constraint failed' }, 'de')).toBe('a.txt: UNIQUE constraint failed');
    expect(refusedImportText({ fileName: 'a.txt', ok: false }, 'de')).toBeNull();
  });
});
