// Reports in the report language (issue 15): the same sample article and claim as an English and as
// a German report, in Markdown, the internal HTML report (also what the PDF prints) and the public
// fact-check page. Headings, labels, statuses, verdicts, plurals and dates follow the language;
// user text stays escaped inside translated sentences.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, renderPublicHtml } from '../../../main/core/export';
import type { ReportInput } from '../../../main/core/export/types';
import { claimOn, octoberClaim, sampleArticle, sampleReport } from './sample-report';

function report(language: 'en' | 'de'): ReportInput {
  return { ...sampleReport(), language };
}

/** The sample report with a second, unrated draft claim: "2 claims", "none yet", a second status. */
function twoClaims(language: 'en' | 'de'): ReportInput {
  const input = report(language);
  const article = sampleArticle();
  const draft = claimOn(article, 'Er sagte nicht', { id: 2, claimant: '<b>Ann & "Bo"</b>' });
  return { ...input, articles: [{ article, claims: [octoberClaim(article), draft], sources: input.articles[0]!.sources }] };
}

const facts = (html: string, n = 0): Record<string, string> => {
  const claim = new JSDOM(html).window.document.querySelectorAll('section.claim')[n];
  return Object.fromEntries([...(claim?.querySelectorAll('dt') ?? [])].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']));
};

describe('the internal HTML report in its language', () => {
  it('is English for an English report: headings, labels, status, verdict, dates by Intl', () => {
    const html = renderHtml(report('en'));
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Claim report');
    expect(doc.querySelector('header .meta')?.textContent).toBe('Factdesk Test Desk · Report date: 5 February 2024 · 1 claim in 1 article');
    expect(doc.querySelector('h3')?.textContent).toMatch(/^Claim 1: Der Einsatz/);
    expect(facts(html)).toMatchObject({ 'Claim date': '25 December 2023', Verdict: 'Mostly true', Status: 'Published', Published: '3 February 2024 at https://factcheck.example.org/checks/1-atomwaffen-belarus' });
    expect([...doc.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['Rationale', 'Sources']);
    expect(doc.querySelector('footer')?.textContent).toBe('Exported from Factdesk.');
    expect(html).toMatch(/@bottom-left \{ content: "Report date: 5 February 2024";/);
    expect(html).toMatch(/@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  });

  it('is German for a German report: German headings, labels, status, verdict label, dates and footer', () => {
    const html = renderHtml(report('de'));
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.title).toBe('Prüfbericht – Factdesk Test Desk – 5. Februar 2024');
    expect(doc.querySelector('h1')?.textContent).toBe('Prüfbericht');
    expect(doc.querySelector('header .meta')?.textContent).toBe('Factdesk Test Desk · Berichtsdatum: 5. Februar 2024 · 1 Behauptung in 1 Artikel');
    expect(doc.querySelector('article .meta')?.textContent).toBe('Quelle: The Times of India (German machine translation) · Erschienen: 29. Januar 2024');
    expect(doc.querySelector('h3')?.textContent).toMatch(/^Behauptung 1: Der Einsatz/);
    expect(facts(html)).toEqual({
      Urheber: 'Alexander Lukaschenko',
      'Datum der Behauptung': '25. Dezember 2023',
      Bewertung: 'Größtenteils richtig',
      Status: 'Veröffentlicht',
      'Geprüft von': 'Anna Berger',
      'Freigegeben von': 'Jonas Keller',
      Veröffentlicht: '3. Februar 2024 unter https://factcheck.example.org/checks/1-atomwaffen-belarus',
    });
    expect([...doc.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['Begründung', 'Quellen']);
    expect(doc.querySelector('.sources li')?.textContent).toMatch(/^Stützt: Statement on the transfer .*\(Example News Agency, 25\. Dezember 2023\).*— archivierte Kopie$/);
    expect(doc.querySelector('footer')?.textContent).toBe('Aus Factdesk exportiert.');
    // The page footer: CSS strings with escapes around the page counters.
    expect(html).toMatch(/@bottom-left \{ content: "Berichtsdatum: 5. Februar 2024";/);
    expect(html).toMatch(/@bottom-right \{ content: "Seite " counter\(page\) " von " counter\(pages\);/);
    expect(html).not.toMatch(/Claim report|Report date|Verdict|Published|Mostly true|2024-02-05</);
  });

  it('counts in German plurals, says "noch keine" for a missing verdict, and escapes user text inside a sentence', () => {
    const html = renderHtml(twoClaims('de'));
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('header .meta')?.textContent).toContain('2 Behauptungen in 1 Artikel');
    expect(facts(html, 1)).toMatchObject({ Urheber: '<b>Ann & "Bo"</b>', Bewertung: 'noch keine', Status: 'Entwurf', 'Geprüft von': 'nicht erfasst' });
    expect(html).toContain('<dd>&lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;</dd>');
    expect(doc.querySelectorAll('b').length).toBe(0);
    expect(renderHtml(twoClaims('en'))).toContain('2 claims in 1 article');
  });
});

describe('the Markdown report in its language', () => {
  it('is German for a German report', () => {
    const md = renderMarkdown(twoClaims('de'));
    expect(md).toMatch(/^# Prüfbericht\n\nOrganisation: \[Factdesk Test Desk\]\(https:\/\/factcheck\.example\.org\/\) · Berichtsdatum: 5\. Februar 2024 · 2 Behauptungen in 1 Artikel\n/);
    expect(md).toContain('### Behauptung 1: Der Einsatz');
    for (const line of [
      '- Quelle: The Times of India (German machine translation)',
      '- Erschienen: 29. Januar 2024',
      '- Datum der Behauptung: 25. Dezember 2023',
      '- Bewertung: **Größtenteils richtig**',
      '- Status: Veröffentlicht',
      '- Status: Entwurf',
      '- Bewertung: noch keine',
      '- Urheber: \\<b\\>Ann \\& "Bo"\\</b\\>',
      '**Begründung**',
      '**Quellen**',
    ]) {
      expect(md).toContain(line);
    }
    expect(md).toContain('1. Stützt: [Statement on the transfer');
    expect(md).toContain('(Example News Agency, 25. Dezember 2023) — „Officials said the transfer had been completed in October.“ — [archivierte Kopie]');
    expect(md).not.toMatch(/Claim report|Report date|Verdict|Status: Published|Mostly true/);
  });

  it('is English for an English report', () => {
    const md = renderMarkdown(twoClaims('en'));
    expect(md).toMatch(/^# Claim report\n\n.*Report date: 5 February 2024 · 2 claims in 1 article\n/);
    for (const line of ['- Claim date: 25 December 2023', '- Verdict: **Mostly true**', '- Status: Published', '- Status: Draft', '- Verdict: none yet', '**Rationale**']) {
      expect(md).toContain(line);
    }
  });
});

describe('the public fact-check page in its language', () => {
  it('is German for a German report, English for an English one', () => {
    const de = new JSDOM(renderPublicHtml(report('de'))).window.document;
    expect(de.title).toBe('Faktenchecks – Factdesk Test Desk');
    expect(de.querySelector('.said')?.textContent).toBe('Behauptung von Alexander Lukaschenko am 25. Dezember 2023 in Putin und Lukaschenko treffen sich in St. Petersburg, um Möglichkeiten zur Erweiterung des russisch-weißrussischen Bündnisses zu besprechen');
    expect(de.querySelector('.badge')?.parentElement?.textContent).toBe('Bewertung: Größtenteils richtig');
    expect(de.querySelector('.fact-check .meta')?.textContent).toBe('Veröffentlicht: 3. Februar 2024');
    expect([...de.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Unsere Begründung', 'Quellen']);
    const en = new JSDOM(renderPublicHtml(report('en'))).window.document;
    expect(en.querySelector('.said')?.textContent).toMatch(/^Claim by Alexander Lukaschenko on 25 December 2023 in Putin/);
    expect(en.querySelector('.badge')?.parentElement?.textContent).toBe('Verdict: Mostly true');
    expect([...en.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Our reasoning', 'Sources']);
  });
});
