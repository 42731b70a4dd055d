// `factdesk dates` (issue 14.2) as a real process: the date expressions of a German or English
// text resolved against --ref, printed as start, end and text, or as JSON (ISO, end inclusive).
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli } from './run';

beforeAll(assertBuilt);

describe('factdesk dates --ref DATE [--lang de|en] TEXT', () => {
  it('resolves the sample sentence (German) against the article date', async () => {
    const r = await cli([
      'dates', '--ref', '2023-06-16', '--lang', 'de', '--json',
      'Lukaschenko sagte letzten Monat, dass der Einsatz im Oktober abgeschlossen sei.',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { text: 'letzten Monat', start: '2023-05-01', end: '2023-05-31' },
      { text: 'im Oktober', start: '2022-10-01', end: '2022-10-31' },
    ]);
  });

  it('prints start, end and text per expression (English, the text as several words)', async () => {
    const r = await cli(['dates', '--ref', '2024-01-29', 'The', 'ministry', 'said', 'yesterday', 'that', 'prices', 'rose', 'since', 'January.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2024-01-28\t2024-01-28\tyesterday\n2024-01-01\t2024-01-29\tsince January\n');
  });

  it('prints nothing for a text without dates', async () => {
    const r = await cli(['dates', '--ref', '2024-01-29', '--json', 'No date here.']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('refuses an impossible reference date or another language in one sentence', async () => {
    const bad = await cli(['dates', '--ref', '2023-02-29', 'gestern']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--ref "2023-02-29" is not a calendar date: February 2023 has 28 days\./);
    const month = await cli(['dates', '--ref', '2023-02', 'gestern']);
    expect(month.code).not.toBe(0);
    expect(month.stderr).toMatch(/2023-02/);
    const lang = await cli(['dates', '--ref', '2023-02-01', '--lang', 'fr', 'hier']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/--lang must be en or de, got "fr"\./);
  });
});
