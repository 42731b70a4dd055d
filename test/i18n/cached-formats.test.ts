// Formatters and translators are built once and kept (issue 16): a kept one must still be the one
// asked for. Formats with other options, and other languages, never share a cached formatter.
import { describe, expect, it } from 'vitest';
import { cachedTranslator } from '@common/i18n';
import { formatMessage } from '@common/i18n/compiled';
import { formatDate, formatDecimal, formatMonth, formatNumber } from '@common/i18n/format';

describe('cached formatters', () => {
  it('keeps each number format apart: digits, grouping and language', () => {
    expect(formatDecimal('en', 0.63749, 3)).toBe('0.637');
    expect(formatDecimal('en', 0.63749, 2)).toBe('0.64');
    expect(formatDecimal('de', 0.63749, 3)).toBe('0,637');
    expect(formatDecimal('en', 12345.5, 1)).toBe('12345.5');
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('de', 12345)).toBe('12.345');
  });

  it('keeps a month apart from a day', () => {
    expect(formatDate('de', '2023-10-03')).toBe('3. Oktober 2023');
    expect(formatMonth('de', '2023-10')).toBe('Oktober 2023');
    expect(formatMonth('en', '2023-10')).toBe('October 2023');
    expect(formatMonth('en', '2023-1x')).toBe('2023-1x');
  });

  it('keeps one translator per language and namespace', () => {
    expect(cachedTranslator('de', 'reports')).toBe(cachedTranslator('de', 'reports'));
    expect(cachedTranslator('de', 'reports')('report.heading')).toBe('Prüfbericht');
    expect(cachedTranslator('en', 'reports')('report.heading')).toBe('Claim report');
    expect(cachedTranslator('de', 'common')).not.toBe(cachedTranslator('de', 'reports'));
  });

  it('formats a compiled message as i18next does: plurals, another namespace, a missing key', () => {
    for (const language of ['en', 'de'] as const) {
      const t = cachedTranslator(language, 'reports');
      for (const claims of [1, 2, 1234]) {
        expect(formatMessage(language, 'reports', 'report.summary', { claims, articles: 1 })).toBe(t('report.summary', { claims, articles: 1 }));
      }
      expect(formatMessage(language, 'reports', 'common:status.draft')).toBe(t('common:status.draft'));
    }
    expect(formatMessage('de', 'reports', 'report.nothing')).toBe('report.nothing');
  });
});
