// The seed article, field by field, read from the real sample file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { parseArticleFile } from '../../../main/core/import/index.js';
import { SAMPLE_PATH } from './helpers.js';

const bytes = readFileSync(SAMPLE_PATH);
const article = parseArticleFile(SAMPLE_PATH, bytes);

const PARAGRAPHS = [
  'ST PETERSBURG: Die Staats- und Regierungschefs Russlands und Weißrusslands trafen sich am Montag, um weitere Möglichkeiten zu besprechen expandieren Ihr enges Bündnis, das zur Stationierung einiger russischer Atomwaffen auf dem Territorium seines Nachbarn geführt hat.',
  'Präsident Wladimir Putin betonte, dass Russland und Weißrussland im Rahmen ihres 25-jährigen Unionsabkommens eine „strategische Partnerschaft“ entwickelt hätten. Dieser Pakt stoppte kurz vor einer vollständigen Fusion, sah aber enge politische, wirtschaftliche und militärische Beziehungen zwischen den beiden Nationen vor.',
  '„Es ist wichtig, dass Russland und Weißrussland angesichts des beispiellosen ausländischen Drucks auf der internationalen Bühne eng zusammengearbeitet und sich gegenseitig als wahre Verbündete uneingeschränkt unterstützt haben“, sagte Putin zu Beginn der Gespräche in St. Petersburg, an denen hochrangige Beamte beider beteiligt waren Länder.',
  'Der weißrussische Präsident Alexander Lukaschenko war fast drei Jahrzehnte lang auf russische Subventionen und politische Unterstützung angewiesen, um das ehemalige Sowjetland mit eiserner Hand zu regieren. Die Unterstützung Moskaus half Lukaschenko, monatelange große Proteste gegen seine Wiederwahl bei einer Abstimmung im Jahr 2020 zu überstehen, die von der Opposition und dem Westen als manipuliert angesehen wurde.',
  'Lukaschenko erlaubte dem Kreml im Februar 2022, belarussisches Territorium für die Entsendung von Truppen in die Ukraine zu nutzen.',
  'Im vergangenen Jahr verlegte Russland einige seiner nuklearen Kurzstreckenwaffen nach Weißrussland, näher an die Ukraine und vor die Haustür der Nato. Ihr erklärter Einsatz wurde weithin als Teil der Bemühungen Moskaus angesehen, den Westen davon abzuhalten, die militärische Unterstützung für Kiew zu erhöhen.',
  'Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei. Er sagte nicht, wie viele von ihnen in Weißrussland stationiert seien.',
];

describe('seed article import (putin-lukaschenko-st-petersburg.de.txt)', () => {
  it('is recognised as the seed format', () => {
    expect(article.format).toBe('seed');
    expect(article.fileName).toBe('putin-lukaschenko-st-petersburg.de.txt');
  });

  it('takes the headline without its trailing " |"', () => {
    expect(article.title).toBe(
      'Putin und Lukaschenko treffen sich in St. Petersburg, um Möglichkeiten zur Erweiterung des russisch-weißrussischen Bündnisses zu besprechen',
    );
  });

  it('keeps the ASCII teaser apart from the body', () => {
    expect(article.subtitle).toBe('Putin und Lukaschenko treffen sich in St Petersburg um Moeglichkeiten');
    expect(article.text).not.toContain('Moeglichkeiten');
  });

  it('recognises the dateline and leaves the first paragraph unchanged', () => {
    expect(article.dateline).toBe('ST PETERSBURG');
    expect(article.text.startsWith('ST PETERSBURG: Die Staats-')).toBe(true);
  });

  it('keeps every body paragraph exactly as written', () => {
    const paragraphs = article.text.split(PARAGRAPH_SEPARATOR);
    expect(paragraphs).toHaveLength(PARAGRAPHS.length);
    PARAGRAPHS.forEach((expected, i) => expect(paragraphs[i], `paragraph ${i + 1}`).toBe(expected));
    expect(article.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('takes the trailing slug as category, not as text', () => {
    expect(article.category).toBe('toi-allgemeines');
    expect(article.text).not.toContain('toi-allgemeines');
    expect(article.text.endsWith('stationiert seien.')).toBe(true);
  });

  it('detects German and derives the publisher only from the known feed prefix', () => {
    expect(article.language).toBe('de');
    expect(article.sourceName).toBe('Times of India');
    expect(article.byline).toBeNull();
    expect(article.url).toBeNull();
    expect(article.publishedAt).toBeNull();
  });

  it('indexes the October claim in the stored text', () => {
    const quote = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';
    const start = article.text.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    expect(article.text.slice(start, start + quote.length)).toBe(quote);
  });

  it('tolerates CRLF line ends and a final newline', () => {
    const crlf = Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n') + '\r\n', 'utf8');
    const again = parseArticleFile('copy.txt', crlf);
    expect(again.format).toBe('seed');
    expect(again.text).toBe(article.text);
    expect(again.category).toBe('toi-allgemeines');
  });

  it('treats a file that only resembles the format as plain text', () => {
    // No blank line after the headline, no slug: not the seed format.
    const text = 'Headline |\nTeaser line\nBody paragraph one.\n\nnot a slug line.';
    const parsed = parseArticleFile('other.txt', Buffer.from(text));
    expect(parsed.format).toBe('text');
    expect(parsed.category).toBeNull();
  });

  it('parses seed files without HTML machinery', () => {
    // Their speed is the import benchmark's (npm run bench), not a timed assertion here.
    for (let i = 0; i < 50; i++) parseArticleFile('000_x.txt', bytes);
    // jsdom is loaded lazily, for HTML only (each test file runs in its own process).
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.filter((file) => file.includes('/node_modules/jsdom/'))).toEqual([]);
  });
});
