// Issue 14.2, beyond the table: the sample article's dates, text that only looks like a date,
// qualifiers that stack, ranges, reference dates in any time zone, and bad input.
import { afterEach, describe, expect, it } from 'vitest';
import { findDates } from '../../../main/core/assist/dates';
import { FactdeskError } from '@common/domain/errors';
import { sampleArticle } from '../export/sample-report';

describe('the sample article', () => {
  const article = sampleArticle();
  const ref = article.publishedAt ?? '';

  it('resolves "letzten Monat" and "im Oktober" in the October claim against the article date', () => {
    const sentence = article.text.slice(article.text.indexOf('Lukaschenko sagte letzten Monat'));
    const claim = sentence.slice(0, sentence.indexOf('.') + 1);
    expect(claim).toBe('Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei.');
    expect(findDates(claim, { lang: 'de', ref })).toEqual([
      { text: 'letzten Monat', index: 18, start: '2023-12-01', end: '2023-12-31', precision: 'month' },
      { text: 'im Oktober', index: 72, start: '2023-10-01', end: '2023-10-31', precision: 'month' },
    ]);
  });

  it('finds every date in the article and nothing else, at offsets into Article.text', () => {
    const found = findDates(article.text, { lang: 'de', ref });
    expect(found.map(({ text, start, end }) => [text, start, end])).toEqual([
      ['am Montag', '2024-01-29', '2024-01-29'],
      ['im Jahr 2020', '2020-01-01', '2020-12-31'],
      ['im Februar 2022', '2022-02-01', '2022-02-28'],
      ['vergangenen Jahr', '2023-01-01', '2023-12-31'],
      ['letzten Monat', '2023-12-01', '2023-12-31'],
      ['im Oktober', '2023-10-01', '2023-10-31'],
    ]);
    for (const date of found) expect(article.text.slice(date.index, date.index + date.text.length)).toBe(date.text);
  });
});

describe('text that only looks like a date', () => {
  it.each([
    ['de', 'Er kam am Morgen und blieb bis zum Abend.'],
    ['de', 'Jeden Morgen las sie die Zeitung. Guten Morgen!'],
    ['de', 'Früher war das anders, sagte er.'],
    ['de', 'Die 25-jährige Frau war fast drei Jahrzehnte lang im Amt.'],
    ['de', 'Monatelange Proteste folgten; die Truppen stehen in 2000 Metern Höhe.'],
    ['de', 'August Bebel und Mai Thi Nguyen-Kim sprachen jetzt um 15 Uhr.'],
    ['en', 'They march on, and it may rain.'],
    ['en', 'The 25-year-old climbed to 2000 meters, he said now.'],
  ] as const)('%s: "%s" has no dates', (lang, text) => {
    expect(findDates(text, { lang, ref: '2024-01-29' })).toEqual([]);
  });

  it('reads "Morgen" opening the text as tomorrow', () => {
    expect(findDates('Morgen beginnt der Gipfel.', { lang: 'de', ref: '2024-01-29' })).toEqual([
      { text: 'Morgen', index: 0, start: '2024-01-30', end: '2024-01-30', precision: 'day' },
    ]);
  });
});

describe('qualifiers, ranges and relative periods', () => {
  const one = (text: string, lang: 'de' | 'en', ref: string) => {
    const found = findDates(text, { lang, ref });
    expect(found).toHaveLength(1);
    const [{ text: matched, start, end, precision }] = found as [(typeof found)[number]];
    return [matched, start, end, precision];
  };

  it('stacks qualifiers outwards: "seit Anfang Oktober", "since mid-October"', () => {
    expect(one('Er ist seit Anfang Oktober im Amt.', 'de', '2024-01-29')).toEqual(['seit Anfang Oktober', '2023-10-01', '2024-01-29', 'range']);
    expect(one('He has been in office since mid-October.', 'en', '2024-01-29')).toEqual(['since mid-October', '2023-10-11', '2024-01-29', 'range']);
  });

  it('"last October"/"im vergangenen Oktober" skips the article\'s own October', () => {
    expect(one('Das war im vergangenen Oktober.', 'de', '2024-10-15')).toEqual(['vergangenen Oktober', '2023-10-01', '2023-10-31', 'month']);
    expect(one('Das war im vergangenen Oktober.', 'de', '2024-01-29')).toEqual(['vergangenen Oktober', '2023-10-01', '2023-10-31', 'month']);
    expect(one('That was last October.', 'en', '2024-10-15')).toEqual(['last October', '2023-10-01', '2023-10-31', 'month']);
  });

  it('keeps "this year" when nothing of it lies before the article date ("earlier this year" on 1 January)', () => {
    expect(one('It happened earlier this year.', 'en', '2024-01-01')).toEqual(['this year', '2024-01-01', '2024-12-31', 'year']);
  });

  it('resolves "later this year"/"später in diesem Jahr" to the rest of the year', () => {
    expect(one('Sie will später in diesem Jahr entscheiden.', 'de', '2024-06-15')).toEqual(['später in diesem Jahr', '2024-06-16', '2024-12-31', 'range']);
  });

  it('applies the news rule to day ranges without a year', () => {
    expect(one('Der Gipfel fand vom 3. bis 5. Oktober statt.', 'de', '2024-06-15')).toEqual(['3. bis 5. Oktober', '2023-10-03', '2023-10-05', 'range']);
  });

  it('counts months by the calendar, never by overflowing days', () => {
    expect(one('Das war vor drei Monaten.', 'de', '2024-05-31')).toEqual(['vor drei Monaten', '2024-02-01', '2024-02-29', 'month']);
    expect(one('That was three months ago.', 'en', '2024-05-31')).toEqual(['three months ago', '2024-02-01', '2024-02-29', 'month']);
  });

  it('resolves rolling periods to the stretch ending on the article date, not to one past week', () => {
    expect(one('Das stieg in den vergangenen zwei Wochen.', 'de', '2024-01-29')).toEqual(['in den vergangenen zwei Wochen', '2024-01-15', '2024-01-29', 'range']);
    expect(one('Das stieg in den letzten 12 Monaten.', 'de', '2024-01-29')).toEqual(['in den letzten 12 Monaten', '2023-01-29', '2024-01-29', 'range']);
    expect(one('Prices rose over the past three months.', 'en', '2024-05-31')).toEqual(['over the past three months', '2024-02-29', '2024-05-31', 'range']);
    expect(one('Prices rose in the past year.', 'en', '2024-01-29')).toEqual(['in the past year', '2023-01-29', '2024-01-29', 'range']);
  });

  it('takes "am Montag, dem 3. Oktober" as the date the weekday labels', () => {
    expect(one('Das war am Montag, dem 3. Oktober.', 'de', '2024-06-15')).toEqual(['am Montag, dem 3. Oktober', '2023-10-03', '2023-10-03', 'day']);
  });

  it('resolves future weeks and months to whole calendar periods', () => {
    expect(one('Das Treffen ist nächste Woche.', 'de', '2024-01-28')).toEqual(['nächste Woche', '2024-01-29', '2024-02-04', 'week']);
    expect(one('The meeting is next month.', 'en', '2024-01-31')).toEqual(['next month', '2024-02-01', '2024-02-29', 'month']);
  });
});

describe('reference date', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin'])('resolves the same days with the machine in %s', (tz) => {
    process.env.TZ = tz;
    expect(findDates('Gestern, am Montag und letzte Woche.', { lang: 'de', ref: '2024-03-31' })).toEqual([
      { text: 'Gestern', index: 0, start: '2024-03-30', end: '2024-03-30', precision: 'day' },
      { text: 'am Montag', index: 9, start: '2024-03-25', end: '2024-03-25', precision: 'day' },
      { text: 'letzte Woche', index: 23, start: '2024-03-18', end: '2024-03-24', precision: 'week' },
    ]);
  });

  it.each(['2024-02-30', '29.01.2024', 'yesterday', ''])('refuses "%s" with a sentence naming the format', (ref) => {
    expect(() => findDates('gestern', { lang: 'de', ref })).toThrow(FactdeskError);
    expect(() => findDates('gestern', { lang: 'de', ref })).toThrow(/YYYY-MM-DD/);
  });

  it('refuses a language it has no words for', () => {
    expect(() => findDates('hier', { lang: 'fr' as 'de', ref: '2024-01-29' })).toThrow(/German \(de\) or English \(en\)/);
  });
});
