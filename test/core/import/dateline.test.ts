// Datelines as wires and newspapers write them: with a colon (German wire style), or with a dash
// after the place, optionally with a US state or an agency in brackets. The place is recorded;
// lead-ins that are not places, and ordinary sentences, are not datelines.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../main/core/import/dateline';

const DATELINES: Array<[string, string]> = [
  ['ST PETERSBURG: Die Staats- und Regierungschefs trafen sich', 'ST PETERSBURG'],
  ['RIVERSIDE: The city council voted 5-2', 'RIVERSIDE'],
  ['RIVERSIDE, Calif. — The city council voted 5-2', 'RIVERSIDE, Calif.'],
  ['WASHINGTON (AP) — The Senate voted on Tuesday', 'WASHINGTON'],
  ['NEW YORK – Stocks fell on Monday', 'NEW YORK'],
  ['LONDON (Reuters) - Britain said on Friday', 'LONDON'],
  ['Berlin (dpa) - Die Bundesregierung hat am Mittwoch', 'Berlin'],
  ['Frankfurt/Main (dpa) – Der Dax schloss', 'Frankfurt/Main'],
  ['MINSK, Belarus — Alexander Lukashenko said', 'MINSK, Belarus'],
];

const NOT_DATELINES = [
  'UPDATE: This story has been updated',
  'BREAKING — A fire broke out',
  'The mayor said the vote — the first in years — was close.',
  'Berlin - die Hauptstadt - wächst weiter.',
  'Ein Satz ohne Ortsmarke.',
  'US — the country — said',
];

describe('findDateline', () => {
  for (const [paragraph, place] of DATELINES) {
    it(`finds "${place}" in "${paragraph.slice(0, 30)}…"`, () => {
      expect(findDateline(paragraph)).toBe(place);
    });
  }
  for (const paragraph of NOT_DATELINES) {
    it(`finds none in "${paragraph.slice(0, 30)}…"`, () => {
      expect(findDateline(paragraph)).toBeNull();
    });
  }
});
