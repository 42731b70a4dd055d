// Language detection: franc-min (ISO 639-3) mapped to ISO 639-1, on a bounded sample.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../main/core/import/index.js';
import { LANGUAGE_SAMPLE_CHARS } from '../../../main/core/import/language.js';

const SAMPLES: Record<string, string> = {
  de: 'Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windenergie beschlossen. Die Genehmigungsverfahren sollen deutlich schneller werden, teilte das Wirtschaftsministerium mit.',
  en: 'The government approved new rules for the expansion of wind power on Wednesday. Approval procedures are to become much faster, the economy ministry said in a statement.',
  fr: 'Le gouvernement a adopté mercredi de nouvelles règles pour le développement de l’énergie éolienne. Les procédures d’autorisation doivent devenir beaucoup plus rapides, a indiqué le ministère.',
  es: 'El Gobierno aprobó el miércoles nuevas normas para la expansión de la energía eólica. Los procedimientos de autorización serán mucho más rápidos, informó el ministerio de Economía.',
  ru: 'Правительство в среду утвердило новые правила развития ветровой энергетики. Процедуры согласования должны стать значительно быстрее, сообщили в министерстве экономики.',
  zh: '政府周三批准了扩大风能发电的新规定。经济部表示，审批程序将大大加快，以便更多的风力发电项目能够尽快投入使用。',
};

describe('detectLanguage', () => {
  for (const [code, text] of Object.entries(SAMPLES)) {
    it(`recognises ${code}`, () => {
      expect(detectLanguage(text)).toBe(code);
    });
  }

  it('returns null for text too short to tell', () => {
    expect(detectLanguage('Second para.')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('looks at a bounded sample from the start, so long texts cost no more than short ones', () => {
    // German for the first few hundred characters, then 20 KB of English: only the sample is read
    // (its cost is measured in the import benchmark, not asserted here).
    const long = `${`${SAMPLES.de!} `.repeat(3)}${`${SAMPLES.en!} `.repeat(120)}`;
    expect(long.length).toBeGreaterThan(20 * LANGUAGE_SAMPLE_CHARS);
    expect(detectLanguage(long)).toBe('de');
    expect(detectLanguage(`${SAMPLES.en!} `.repeat(120))).toBe('en');
  });
});
