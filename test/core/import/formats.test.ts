// Plain text, Markdown and HTML import on real fixture files (test/fixtures/import/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../main/core/import/index.js';
import { FIXTURES } from './helpers.js';

function parseFixture(name: string) {
  return parseArticleFile(path.join(FIXTURES, name), readFileSync(path.join(FIXTURES, name)));
}

describe('plain text import', () => {
  it('takes the first line as title and blank-line blocks as paragraphs', () => {
    const article = parseFixture('plain-article.txt');
    expect(article.format).toBe('text');
    expect(article.fileName).toBe('plain-article.txt');
    expect(article.title).toBe('Heatwave pushes power demand to a new summer high');
    expect(article.text).toBe(
      'MADRID: Electricity demand in Spain reached a new summer record on Wednesday as temperatures climbed above 44 degrees Celsius in parts of the south, the grid operator said.' +
        '\n\n' +
        'The operator said the system had enough reserve capacity, but asked large consumers to shift their usage to the evening hours.',
    );
    expect(article.dateline).toBe('MADRID');
    expect(article.language).toBe('en');
    expect(article.category).toBeNull();
  });

  it('splits on single newlines when the file has no blank lines, normalising whitespace', () => {
    const text = 'Title line\r\nFirst\tparagraph   with  spaces.\r\nSecond paragraph.\r\n';
    const article = parseArticleFile('notes.txt', Buffer.from(text));
    expect(article.title).toBe('Title line');
    expect(article.text).toBe('First paragraph with spaces.\n\nSecond paragraph.');
    expect(article.language).toBeNull(); // too short to tell
  });

  it('uses the file name as title when the file is a single paragraph', () => {
    const line = 'A single long line of text without any title above it. '.repeat(8).trim();
    const article = parseArticleFile('000_abc123.txt', Buffer.from(line));
    expect(article.title).toBe('000_abc123');
    expect(article.text).toBe(line);
  });
});

describe('Markdown import', () => {
  const article = parseFixture('article.md');

  it('reads title and metadata from the front matter', () => {
    expect(article.format).toBe('markdown');
    expect(article.title).toBe('Water levels in the Rhine fall to a record low');
    expect(article.byline).toBe('Jonas Weber');
    expect(article.publishedAt).toBe('2023-08-21');
    expect(article.language).toBe('en');
    expect(article.subtitle).toBe('Barges carry half loads as the river drops below two metres.');
  });

  it('strips Markdown syntax to plain paragraphs', () => {
    expect(article.text.split('\n\n')).toEqual([
      'Shipping on the Rhine slowed on Monday as the water level at Kaub fell to 78 centimetres, the lowest reading for August since records began.',
      'Barges now carry half their usual loads & transport costs have risen.',
      '"We have never seen it this low so early in the year," a harbour master said.',
      'What happens next',
      'Forecasts expect rain next week',
      'Authorities check the gauge_kaub readings hourly',
      'level_cm = 78',
    ]);
  });

  it('lets no raw HTML or script survive', () => {
    expect(article.text).not.toMatch(/[<>]/);
    expect(article.text).not.toContain('MD_SCRIPT_LEAK');
    expect(article.text).not.toContain('barge.jpg');
    expect(article.text).not.toContain('A barge on the river');
  });

  it('takes the title from the first # heading when there is no front matter', () => {
    const md = '# Flood warning lifted\n\nThe river has fallen below the *warning level*.\n\n## Details\n\nMore text <b>here</b>.';
    const parsed = parseArticleFile('flood.markdown', Buffer.from(md));
    expect(parsed.title).toBe('Flood warning lifted');
    expect(parsed.text).toBe('The river has fallen below the warning level.\n\nDetails\n\nMore text here.');
  });
});

describe('HTML import', () => {
  const article = parseFixture('script-injection.html');
  const LEAKS = /LEAK|alert|innerHTML|document\.write|font-weight|color: red|tracker/;

  it('extracts the article and its metadata with Readability', () => {
    expect(article.format).toBe('html');
    expect(article.title).toBe('City council approves new budget after long debate');
    expect(article.sourceName).toBe('Example News');
    expect(article.url).toBe('https://news.example.org/2024/05/council-budget');
    expect(article.subtitle).toBe('The council voted 7 to 2 in favour of the spending plan.');
    expect(article.publishedAt).toBe('2024-05-14T18:30:00+02:00');
    expect(article.language).toBe('en');
    expect(article.byline).toBe('By Maria Keller');
    expect(article.text).toContain('The plan raises spending on public transport by twelve percent and freezes property taxes for another year, the mayor said.');
    expect(article.text.endsWith('after the review has been published.')).toBe(true);
  });

  it('never lets script, style, handler or template content into the text', () => {
    expect(article.text).not.toMatch(LEAKS);
    expect(article.title).not.toMatch(LEAKS);
    expect(article.subtitle ?? '').not.toMatch(LEAKS);
    expect(article.text).not.toMatch(/[<>]/);
  });

  it('sniffs saved pages without an extension and keeps unknown-extension text as text', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'script-injection.html'));
    expect(parseArticleFile('saved-page', bytes).format).toBe('html');
    expect(parseArticleFile('notes', Buffer.from('Title\n\nSome body text.')).format).toBe('text');
  });
});
