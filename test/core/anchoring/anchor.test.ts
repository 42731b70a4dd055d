// Re-anchoring a claim after the article's text changed: the claim must land on its quote, or
// be reported as orphaned (null), never be moved somewhere else.
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../main/core/anchoring/anchor';
import { anchorQuote, describeRange } from '../../../main/core/anchoring/selectors';
import { OCTOBER_QUOTE, sampleArticle } from '../export/sample-report';

const text = sampleArticle().text;
const october = anchorQuote(text, OCTOBER_QUOTE);

function landed(t: string, found: { start: number; end: number } | null): string | null {
  return found ? t.slice(found.start, found.end) : null;
}

describe('anchor', () => {
  it('finds the quote where it was in unchanged text', () => {
    expect(anchor(text, october.quote, october.position)).toEqual({ ...october.position, exactMatch: true });
  });

  it('follows the quote when words are inserted before it', () => {
    const edited = text.replace('ST PETERSBURG:', 'ST PETERSBURG (Reuters/AP, aktualisiert):');
    const found = anchor(edited, october.quote, october.position);
    expect(found?.exactMatch).toBe(true);
    expect(found?.start).toBe(october.position.start + 'ST PETERSBURG (Reuters/AP, aktualisiert):'.length - 'ST PETERSBURG:'.length);
    expect(landed(edited, found)).toBe(OCTOBER_QUOTE);
  });

  it('lands on the edited quote when a typo inside it was corrected (fuzzy match)', () => {
    const edited = text.replace(OCTOBER_QUOTE, 'Einsatz russischer Atomwafen im Oktober abgeschlosen');
    const found = anchor(edited, october.quote, october.position);
    expect(found?.exactMatch).toBe(false);
    expect(landed(edited, found)).toBe('Einsatz russischer Atomwafen im Oktober abgeschlosen');
  });

  it('lands on a reworded quote whose context is unchanged', () => {
    const edited = text.replace(OCTOBER_QUOTE, 'Einsatz der russischen Atomwaffen im Oktober abgeschlossen');
    expect(landed(edited, anchor(edited, october.quote, october.position))).toBe(
      'Einsatz der russischen Atomwaffen im Oktober abgeschlossen',
    );
  });

  it('picks the right one of two identical quotes by context, even when positions moved', () => {
    const doubled = `${text}\n\nEin Sprecher wiederholte, der Einsatz russischer Atomwaffen im Oktober abgeschlossen zu haben, sei nur ein Plan.`;
    const second = doubled.lastIndexOf(OCTOBER_QUOTE);
    const first = doubled.indexOf(OCTOBER_QUOTE);
    expect(second).toBeGreaterThan(first);
    const secondAnchor = describeRange(doubled, second, second + OCTOBER_QUOTE.length);
    // Insert text before both, so the stored positions now point at neither occurrence.
    const shifted = `Vorbemerkung der Redaktion.\n\n${doubled}`;
    const shift = 'Vorbemerkung der Redaktion.\n\n'.length;
    expect(anchor(shifted, october.quote, october.position)?.start).toBe(first + shift);
    expect(anchor(shifted, secondAnchor.quote, secondAnchor.position)?.start).toBe(second + shift);
  });

  it('uses the position hint when the context cannot tell duplicates apart', () => {
    const t = 'alpha beta. alpha beta. alpha beta.';
    expect(anchor(t, { exact: 'alpha beta', prefix: '', suffix: '' }, { start: 12, end: 22 })?.start).toBe(12);
    expect(anchor(t, { exact: 'alpha beta', prefix: '', suffix: '' }, { start: 24, end: 34 })?.start).toBe(24);
  });

  it('returns null when the quote was removed from the article', () => {
    const edited = text.replace(/Lukaschenko sagte letzten Monat[^\n]*$/, 'Weitere Einzelheiten wurden nicht genannt.');
    expect(anchor(edited, october.quote, october.position)).toBeNull();
  });

  it('returns null rather than matching a short quote to similar but unrelated words', () => {
    const before = `${text}\n\nDas stärkte Lukaschenkos Macht im eigenen Land.`;
    const added = anchorQuote(before, 'Lukaschenkos Macht');
    // The paragraph is removed again. "Lukaschenko sagt" is within the quote's error budget
    // (4 of 18 characters), but its surroundings are not those of the quote.
    expect(anchor(text, added.quote, added.position)).toBeNull();
    // Without the context check it would have been taken: the fuzzy candidate does exist.
    expect(anchor(text, { exact: 'Lukaschenkos Macht', prefix: '', suffix: '' })).not.toBeNull();
  });

  it('returns null for an empty quote or text', () => {
    expect(anchor('', october.quote)).toBeNull();
    expect(anchor(text, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });

  it('anchors a quote with a typo when the stored selector has no context at all', () => {
    const found = anchor(text, { exact: 'Einsatz russischer Atomwaffen im Oktobr abgeschlossen', prefix: '', suffix: '' });
    expect(landed(text, found)).toBe(OCTOBER_QUOTE);
    expect(found?.exactMatch).toBe(false);
  });
});
