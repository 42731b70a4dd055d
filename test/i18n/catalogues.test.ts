// The English and German catalogues must say the same things: the same keys in every namespace,
// each message valid ICU in its language, with the same placeholders (a German sentence that
// drops {name} would silently lose the name), and nothing left empty.
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, NAMESPACES, createI18n, languageFromEnvironment, pickLanguage, type Messages } from '../../main/common/i18n';
import { formatDate, formatNumber } from '../../main/common/i18n/format';

function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      found.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    } else if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      placeholders(element.children, found);
    }
  }
  return found;
}

describe('the catalogues', () => {
  for (const namespace of NAMESPACES) {
    const en = leaves(CATALOGUES.en[namespace]);
    const de = leaves(CATALOGUES.de[namespace]);

    it(`have the same keys in English and German (${namespace})`, () => {
      expect([...de.keys()].filter((k) => !en.has(k)), 'only in German').toEqual([]);
      expect([...en.keys()].filter((k) => !de.has(k)), 'only in English').toEqual([]);
    });

    it(`hold valid, non-empty ICU messages with the same placeholders in both languages (${namespace})`, () => {
      const problems: string[] = [];
      for (const [key, english] of en) {
        const german = de.get(key);
        if (german === undefined) continue;
        if (english.trim() === '' || german.trim() === '') problems.push(`${key}: empty`);
        try {
          const a = placeholders(new IntlMessageFormat(english, 'en').getAst());
          const b = placeholders(new IntlMessageFormat(german, 'de').getAst());
          if ([...a].sort().join() !== [...b].sort().join()) problems.push(`${key}: {${[...a].join(', ')}} vs {${[...b].join(', ')}}`);
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('a translator', () => {
  it('formats ICU plurals per language', () => {
    const en = createI18n('en', ['common']);
    const de = createI18n('de', ['common']);
    expect(en.t('count.claims', { count: 1 })).toBe('1 claim');
    expect(en.t('count.claims', { count: 3 })).toBe('3 claims');
    expect(de.t('count.claims', { count: 1 })).toBe('1 Behauptung');
    expect(de.t('count.claims', { count: 3 })).toBe('3 Behauptungen');
    expect(de.t('status.needs_review')).toBe('Zur Prüfung');
  });

  it('uses the locale for dates and numbers', () => {
    expect(formatDate('de', '2023-10-03')).toBe('3. Oktober 2023');
    expect(formatDate('en', '2023-10-03')).toBe('3 October 2023');
    expect(formatNumber('de', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
  });
});

describe('choosing the language', () => {
  it('takes the first supported primary subtag, else English', () => {
    expect(pickLanguage(['de-AT', 'en-US'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'de_CH.UTF-8'])).toBe('de');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG in that order', () => {
    expect(languageFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(languageFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANGUAGE: 'fr:de', LANG: 'en_GB.UTF-8' })).toBe('de');
    expect(languageFromEnvironment({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('de');
  });
});
