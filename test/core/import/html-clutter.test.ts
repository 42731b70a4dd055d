// Saved news pages (issue 9.6): the body keeps only the article, and the byline, publisher and
// publication date come from the page's metadata (JSON-LD, OpenGraph, <time>, the byline line).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../main/core/import/index.js';
import { FIXTURES } from './helpers.js';

const NEWS_PAGE = 'news-page-with-clutter.html';

function parseHtmlText(html: string) {
  return parseArticleFile('page.html', Buffer.from(html));
}

/** A minimal saved article page: `head` and `lead` vary, the body is long enough to be an article. */
function page(head: string, lead: string): string {
  const body = [
    'The regional transport authority said on Tuesday that the new timetable would add forty trains a day on the coastal line, most of them in the morning and evening rush hours.',
    'Commuter groups welcomed the change but said that the authority had still not explained how it would cope with the repairs planned for the tunnel under the harbour next year.',
    'The authority said it would publish a separate plan for the tunnel works in the autumn, after talks with the unions and the two rail operators that share the line.',
  ];
  return `<!DOCTYPE html><html lang="en"><head><title>New timetable adds forty trains a day</title>${head}</head>
<body><article><h1>New timetable adds forty trains a day</h1>${lead}${body.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

describe('HTML import of a saved news page with clutter', () => {
  const article = parseArticleFile(NEWS_PAGE, readFileSync(path.join(FIXTURES, NEWS_PAGE)));
  const paragraphs = article.text.split('\n\n');

  it('keeps the article paragraphs and nothing around them', () => {
    expect(paragraphs.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['RIVERSIDE: The', 'The average', '"Nobody on', 'Opponents said', 'The utilities', 'Residents who']);
    expect(paragraphs[0]).toMatch(/^RIVERSIDE: The city council voted 5-2/);
    expect(paragraphs[5]).toMatch(/^Residents who earn less than twice/);
    const clutter = [/subscri/i, /cookie/i, /most read/i, /newsletter/i, /^By Maria Ortiz/, /Libraries to open/i];
    for (const pattern of clutter) expect(paragraphs.filter((p) => pattern.test(p)), String(pattern)).toEqual([]);
  });

  it('takes byline, publisher and publication date from the JSON-LD NewsArticle', () => {
    expect(article.byline).toBe('Maria Ortiz');
    expect(article.sourceName).toBe('The Riverside Courier');
    expect(article.publishedAt).toBe('2024-03-04T06:40:00-08:00');
    expect(article.title).toBe('Riverside council approves 12 percent rise in water rates');
    expect(article.url).toBe('https://www.riversidecourier.example/local/2024/03/04/water-rates-rise');
  });

  it('recognises the English dateline and keeps it in the text', () => {
    expect(article.dateline).toBe('RIVERSIDE');
  });
});

describe('HTML metadata fallbacks', () => {
  it('takes the date from the article’s <time datetime>, not from the site header’s', () => {
    const html = page('<meta property="og:site_name" content="Coastal Herald">', '<p class="meta">Published <time datetime="2025-06-10T08:30:00+02:00">10 June 2025</time></p>')
      .replace('<body>', '<body><header><time datetime="2025-06-12">Thursday</time></header>');
    const article = parseHtmlText(html);
    expect(article.publishedAt).toBe('2025-06-10T08:30:00+02:00');
    expect(article.sourceName).toBe('Coastal Herald');
    expect(article.text).not.toContain('Published');
  });

  it('takes byline and date from a byline line when the page has no metadata, and drops the line', () => {
    const article = parseHtmlText(page('', '<p>By Jonas Keller and Ana Lima · June 10, 2025</p>'));
    expect(article.byline).toBe('Jonas Keller, Ana Lima');
    expect(article.publishedAt).toBe('2025-06-10');
    expect(article.text.split('\n\n')[0]).toMatch(/^The regional transport authority/);
  });

  it('reads JSON-LD whose author and publisher are plain strings', () => {
    const ld = { '@context': 'https://schema.org/', '@type': 'NewsArticle', author: 'Ana Lima', publisher: 'Coastal Herald', datePublished: '2025-06-10' };
    const article = parseHtmlText(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, ''));
    expect(article.byline).toBe('Ana Lima');
    expect(article.sourceName).toBe('Coastal Herald');
    expect(article.publishedAt).toBe('2025-06-10');
  });

  it('recognises a German dateline in HTML as in plain text', () => {
    const article = parseHtmlText(page('', '<p>ST. PETERSBURG: Die Staats- und Regierungschefs trafen sich am Dienstag zu Gesprächen über die Zusammenarbeit beider Länder.</p>'));
    expect(article.dateline).toBe('ST. PETERSBURG');
  });

  it('drops a newsletter box known by its class and a "most read" list inside the article', () => {
    const lead =
      '<div class="newsletter-box"><p>The morning briefing from our newsroom arrives in your inbox every weekday, with the stories you need.</p></div>' +
      '<h3>Most read</h3><ul><li><a href="/a">Harbour tunnel</a> The repairs will take two years longer than planned, engineers say in a report.</li>' +
      '<li><a href="/b">Ferry fares</a> Tickets on the island routes will cost a fifth more from the first of September.</li></ul>';
    const text = parseHtmlText(page('', lead)).text;
    expect(text).not.toContain('morning briefing');
    expect(text).not.toContain('Most read');
    expect(text).not.toContain('Ferry fares');
    expect(text.split('\n\n')[0]).toMatch(/^The regional transport authority/);
  });

  it('keeps a paragraph that only mentions subscriptions as part of its reporting', () => {
    const lead = '<p>Subscribers to the regional rail pass, which costs 49 euros a month, will not pay more under the new timetable, the authority said.</p>';
    const article = parseHtmlText(page('', lead));
    expect(article.text).toContain('Subscribers to the regional rail pass');
  });
});
