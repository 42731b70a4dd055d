// Issue 14.2: every date expression the issue lists, in German and English, resolved against a
// reference date (the article's publication date). Each expression is tried against a reference
// where the weekday/month it names lies before, and where the nearest one would lie after.
import { describe, expect, it } from 'vitest';
import { findDates, type DatePrecision } from '../../../main/core/assist/dates';

const MON = '2024-01-29'; // a Monday (the sample article's date)
const WED = '2024-01-24'; // a Wednesday: this week's Friday is still to come
const FRI = '2024-01-26'; // a Friday
const SUN = '2024-01-28'; // a Sunday: the last day of its ISO week
const JUN = '2024-06-15'; // this year's October is still to come
const OCT = '2024-10-15'; // in October: "October" is this one
const MAR31 = '2024-03-31'; // "one month back" would overflow into March; February is a leap February

type Row = [expression: string, ref: string, text: string, start: string, end: string, precision: DatePrecision];

const GERMAN: Row[] = [
  ['gestern', MON, 'gestern', '2024-01-28', '2024-01-28', 'day'],
  ['vorgestern', MON, 'vorgestern', '2024-01-27', '2024-01-27', 'day'],
  ['heute', MON, 'heute', '2024-01-29', '2024-01-29', 'day'],
  ['morgen', MON, 'morgen', '2024-01-30', '2024-01-30', 'day'],
  ['am Montag', MON, 'am Montag', '2024-01-29', '2024-01-29', 'day'],
  ['am Montag', WED, 'am Montag', '2024-01-22', '2024-01-22', 'day'],
  ['am Freitag', MON, 'am Freitag', '2024-01-26', '2024-01-26', 'day'],
  ['am Freitag', WED, 'am Freitag', '2024-01-19', '2024-01-19', 'day'],
  ['am vergangenen Freitag', MON, 'am vergangenen Freitag', '2024-01-26', '2024-01-26', 'day'],
  ['am vergangenen Freitag', FRI, 'am vergangenen Freitag', '2024-01-19', '2024-01-19', 'day'],
  ['am letzten Freitag', FRI, 'am letzten Freitag', '2024-01-19', '2024-01-19', 'day'],
  ['letzte Woche', MON, 'letzte Woche', '2024-01-22', '2024-01-28', 'week'],
  ['letzte Woche', SUN, 'letzte Woche', '2024-01-15', '2024-01-21', 'week'],
  ['vergangene Woche', MON, 'vergangene Woche', '2024-01-22', '2024-01-28', 'week'],
  ['vorige Woche', MON, 'vorige Woche', '2024-01-22', '2024-01-28', 'week'],
  ['diese Woche', WED, 'diese Woche', '2024-01-22', '2024-01-28', 'week'],
  ['diese Woche', SUN, 'diese Woche', '2024-01-22', '2024-01-28', 'week'],
  ['letzten Monat', MON, 'letzten Monat', '2023-12-01', '2023-12-31', 'month'],
  ['letzten Monat', MAR31, 'letzten Monat', '2024-02-01', '2024-02-29', 'month'],
  ['im Oktober', MON, 'im Oktober', '2023-10-01', '2023-10-31', 'month'],
  ['im Oktober', JUN, 'im Oktober', '2023-10-01', '2023-10-31', 'month'],
  ['im Oktober', OCT, 'im Oktober', '2024-10-01', '2024-10-31', 'month'],
  ['im Februar 2022', MON, 'im Februar 2022', '2022-02-01', '2022-02-28', 'month'],
  ['Anfang Oktober', MON, 'Anfang Oktober', '2023-10-01', '2023-10-10', 'range'],
  ['Anfang Oktober', JUN, 'Anfang Oktober', '2023-10-01', '2023-10-10', 'range'],
  ['Mitte Oktober', MON, 'Mitte Oktober', '2023-10-11', '2023-10-20', 'range'],
  ['Ende Oktober', MON, 'Ende Oktober', '2023-10-21', '2023-10-31', 'range'],
  ['Ende Februar', MAR31, 'Ende Februar', '2024-02-21', '2024-02-29', 'range'],
  ['im Jahr 2019', MON, 'im Jahr 2019', '2019-01-01', '2019-12-31', 'year'],
  ['dieses Jahr', MON, 'dieses Jahr', '2024-01-01', '2024-12-31', 'year'],
  ['letztes Jahr', MON, 'letztes Jahr', '2023-01-01', '2023-12-31', 'year'],
  ['im vergangenen Jahr', MON, 'vergangenen Jahr', '2023-01-01', '2023-12-31', 'year'],
  ['vor zwei Wochen', MON, 'vor zwei Wochen', '2024-01-15', '2024-01-21', 'week'],
  ['vor drei Jahren', MON, 'vor drei Jahren', '2021-01-01', '2021-12-31', 'year'],
  ['am 3. Oktober', MON, 'am 3. Oktober', '2023-10-03', '2023-10-03', 'day'],
  ['am 3. Oktober', JUN, 'am 3. Oktober', '2023-10-03', '2023-10-03', 'day'],
  ['am 3. Oktober', OCT, 'am 3. Oktober', '2024-10-03', '2024-10-03', 'day'],
  ['3.10.2023', JUN, '3.10.2023', '2023-10-03', '2023-10-03', 'day'],
  // The English list's expressions, said in German.
  ['früher in diesem Jahr', JUN, 'früher in diesem Jahr', '2024-01-01', '2024-06-14', 'range'],
  ['seit Januar', MON, 'seit Januar', '2024-01-01', '2024-01-29', 'range'],
  ['seit Oktober', JUN, 'seit Oktober', '2023-10-01', '2024-06-15', 'range'],
  ['am 3. Oktober 2023', OCT, 'am 3. Oktober 2023', '2023-10-03', '2023-10-03', 'day'],
  ['im letzten Jahr', MON, 'letzten Jahr', '2023-01-01', '2023-12-31', 'year'],
  ['vor 2 Wochen', MON, 'vor 2 Wochen', '2024-01-15', '2024-01-21', 'week'],
  ['am 3.10.2023', JUN, '3.10.2023', '2023-10-03', '2023-10-03', 'day'],
];

const ENGLISH: Row[] = [
  ['yesterday', MON, 'yesterday', '2024-01-28', '2024-01-28', 'day'],
  ['the day before yesterday', MON, 'the day before yesterday', '2024-01-27', '2024-01-27', 'day'],
  ['today', MON, 'today', '2024-01-29', '2024-01-29', 'day'],
  ['tomorrow', MON, 'tomorrow', '2024-01-30', '2024-01-30', 'day'],
  ['on Monday', MON, 'on Monday', '2024-01-29', '2024-01-29', 'day'],
  ['on Monday', WED, 'on Monday', '2024-01-22', '2024-01-22', 'day'],
  ['on Friday', MON, 'on Friday', '2024-01-26', '2024-01-26', 'day'],
  ['on Friday', WED, 'on Friday', '2024-01-19', '2024-01-19', 'day'],
  ['last Friday', MON, 'last Friday', '2024-01-26', '2024-01-26', 'day'],
  ['last Friday', FRI, 'last Friday', '2024-01-19', '2024-01-19', 'day'],
  ['last week', MON, 'last week', '2024-01-22', '2024-01-28', 'week'],
  ['last week', SUN, 'last week', '2024-01-15', '2024-01-21', 'week'],
  ['this week', WED, 'this week', '2024-01-22', '2024-01-28', 'week'],
  ['this week', SUN, 'this week', '2024-01-22', '2024-01-28', 'week'],
  ['last month', MON, 'last month', '2023-12-01', '2023-12-31', 'month'],
  ['last month', MAR31, 'last month', '2024-02-01', '2024-02-29', 'month'],
  ['in October', MON, 'October', '2023-10-01', '2023-10-31', 'month'],
  ['in October', JUN, 'October', '2023-10-01', '2023-10-31', 'month'],
  ['in October', OCT, 'October', '2024-10-01', '2024-10-31', 'month'],
  ['in February 2022', MON, 'February 2022', '2022-02-01', '2022-02-28', 'month'],
  ['early October', MON, 'early October', '2023-10-01', '2023-10-10', 'range'],
  ['early October', JUN, 'early October', '2023-10-01', '2023-10-10', 'range'],
  ['mid October', MON, 'mid October', '2023-10-11', '2023-10-20', 'range'],
  ['mid-October', MON, 'mid-October', '2023-10-11', '2023-10-20', 'range'],
  ['late October', MON, 'late October', '2023-10-21', '2023-10-31', 'range'],
  ['late February', MAR31, 'late February', '2024-02-21', '2024-02-29', 'range'],
  ['earlier this year', MON, 'earlier this year', '2024-01-01', '2024-01-28', 'range'],
  ['earlier this year', JUN, 'earlier this year', '2024-01-01', '2024-06-14', 'range'],
  ['this year', MON, 'this year', '2024-01-01', '2024-12-31', 'year'],
  ['last year', MON, 'last year', '2023-01-01', '2023-12-31', 'year'],
  ['in 2019', MON, 'in 2019', '2019-01-01', '2019-12-31', 'year'],
  ['two weeks ago', MON, 'two weeks ago', '2024-01-15', '2024-01-21', 'week'],
  ['three years ago', MON, 'three years ago', '2021-01-01', '2021-12-31', 'year'],
  ['since January', MON, 'since January', '2024-01-01', '2024-01-29', 'range'],
  ['since October', JUN, 'since October', '2023-10-01', '2024-06-15', 'range'],
  ['October 3, 2023', JUN, 'October 3, 2023', '2023-10-03', '2023-10-03', 'day'],
  ['3 October', MON, '3 October', '2023-10-03', '2023-10-03', 'day'],
  ['3 October', JUN, '3 October', '2023-10-03', '2023-10-03', 'day'],
  ['3 October', OCT, '3 October', '2024-10-03', '2024-10-03', 'day'],
  // The German list's expressions, said in English.
  ['the previous week', MON, 'the previous week', '2024-01-22', '2024-01-28', 'week'],
  ['previous week', SUN, 'previous week', '2024-01-15', '2024-01-21', 'week'],
  ['on October 3', MON, 'October 3', '2023-10-03', '2023-10-03', 'day'],
  ['on 3 October', OCT, 'on 3 October', '2024-10-03', '2024-10-03', 'day'],
  ['10/3/2023', JUN, '10/3/2023', '2023-10-03', '2023-10-03', 'day'],
  ['in the year 2019', MON, 'in the year 2019', '2019-01-01', '2019-12-31', 'year'],
  ['at the beginning of October', MON, 'at the beginning of October', '2023-10-01', '2023-10-10', 'range'],
  ['in the middle of October', MON, 'in the middle of October', '2023-10-11', '2023-10-20', 'range'],
  ['at the end of October', MON, 'at the end of October', '2023-10-21', '2023-10-31', 'range'],
  ['last October', JUN, 'last October', '2023-10-01', '2023-10-31', 'month'],
];

const SENTENCE = {
  de: (expression: string) => `Laut dem Bericht geschah das ${expression}, sagte sie.`,
  en: (expression: string) => `According to the report this happened ${expression}, she said.`,
};

function check(lang: 'de' | 'en', [expression, ref, text, start, end, precision]: Row): void {
  const sentence = SENTENCE[lang](expression);
  expect(findDates(sentence, { lang, ref })).toEqual([{ text, index: sentence.indexOf(text), start, end, precision }]);
}

describe('date table (de)', () => {
  it.each(GERMAN)('de: "%s" on %s', (...row) => check('de', row));
});

describe('date table (en)', () => {
  it.each(ENGLISH)('en: "%s" on %s', (...row) => check('en', row));
});
