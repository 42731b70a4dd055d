// Exports that are safe to publish (issue 12), from a real database file through the core API the
// workbench, the bridge and the CLI call: ClaimReview holds only published claims unless asked,
// refuses markup Google would reject, and carries the publication's url and dates; the reports
// show corrections with their dates; the public template is the desk's fact-check page.
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '@common/domain/types';
import { formatDate } from '@common/i18n/format';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { removeTempDirs, tempDir } from '../store/temp';
import { errorsOf, validateRecommended, validateRequired } from './claimreview-rules';
import { OCTOBER_QUOTE, SAMPLE_FILE } from './sample-report';

let dir: string;
let anna: FactdeskCore;
let ben: FactdeskCore;
let articleId: number;

beforeEach(async () => {
  dir = tempDir('factdesk-publishing-export-');
  const path = join(dir, 'desk.db');
  anna = await openFactdesk({ path, reviewer: 'Anna', settingsDir: join(dir, 'anna') });
  ben = await openFactdesk({ path, reviewer: 'Ben', settingsDir: join(dir, 'ben') });
  const [outcome] = await anna.importPaths([SAMPLE_FILE]);
  articleId = outcome?.articleId ?? 0;
  await anna.updateSettings({ organisationName: 'Our Desk', organisationUrl: 'https://desk.example/', organisationLogoUrl: 'https://desk.example/logo.png' });
  await anna.updateSettings({ publicationUrlPattern: 'https://desk.example/checks/{id}' });
});
afterEach(async () => {
  await anna.close();
  await ben.close();
  removeTempDirs();
});

/** Anna rates a claim, Ben approves it (four eyes). */
async function approved(quote: string, verdict: string): Promise<Claim> {
  const claim = await anna.createClaimFromQuote({ articleId, quote, claimant: 'Alexander Lukaschenko' });
  const rated = await anna.updateClaim({
    id: claim.id,
    expectedRevision: claim.revision,
    patch: { verdict, rationale: 'Officials <b>said</b> so.', claimDate: '2023-12-25', status: 'needs_review' },
  });
  return ben.updateClaim({ id: claim.id, expectedRevision: rated.revision, patch: { status: 'approved' } });
}

const claimReviewOf = async (core: FactdeskCore, includeUnpublished?: boolean) =>
  JSON.parse((await core.renderExport({ format: 'claimreview', filter: {}, includeUnpublished })).content) as Array<Record<string, unknown>>;

describe('ClaimReview export of a desk’s claims', () => {
  it('refuses with a sentence when no claim is published, and names the way out', async () => {
    await approved(OCTOBER_QUOTE, 'Mostly true');
    await expect(claimReviewOf(anna)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^No claim in this export is published, so there is no ClaimReview markup to write \(.*--include-unpublished/),
    });
  });

  it('refuses when the organisation’s name or web address is missing, naming the settings screen and factdesk settings', async () => {
    const claim = await approved(OCTOBER_QUOTE, 'Mostly true');
    await ben.publishClaim({ id: claim.id, expectedRevision: claim.revision });
    await anna.updateSettings({ organisationUrl: null });
    await expect(claimReviewOf(anna)).rejects.toMatchObject({
      message: "ClaimReview needs the organisation's web address: set it in the Settings screen, or with factdesk settings --org-name NAME --org-url URL.",
    });
  });

  it('holds only published claims; an approved or draft claim appears only with includeUnpublished', async () => {
    const published = await approved(OCTOBER_QUOTE, 'Mostly true');
    const other = await approved('nuklearen Kurzstreckenwaffen', 'False');
    const draft = await anna.createClaimFromQuote({ articleId, quote: 'Lukaschenko erlaubte dem Kreml', verdict: 'True' });
    const out = await ben.publishClaim({ id: published.id, expectedRevision: published.revision });
    const reviews = await claimReviewOf(anna);
    expect(reviews.map((r) => r.url)).toEqual([`https://desk.example/checks/${published.id}`]);
    const review = reviews[0]!;
    expect(validateRequired(review), errorsOf(validateRequired)).toBe(true);
    expect(validateRecommended(review), errorsOf(validateRecommended)).toBe(true);
    expect(review).toMatchObject({
      claimReviewed: published.claimReviewed,
      datePublished: out.publishedAt,
      author: { '@type': 'Organization', name: 'Our Desk', url: 'https://desk.example/', logo: { '@type': 'ImageObject', url: 'https://desk.example/logo.png' } },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
      itemReviewed: { '@type': 'Claim', author: { name: 'Alexander Lukaschenko' }, datePublished: '2023-12-25' },
    });
    expect(review).not.toHaveProperty('dateModified');
    const all = await claimReviewOf(anna, true);
    expect(all.map((r) => r.claimReviewed)).toEqual(
      expect.arrayContaining([published.claimReviewed, other.claimReviewed, draft.claimReviewed]),
    );
  });

  it('keeps datePublished through a correction and adds dateModified; the reports show the correction with its date', async () => {
    const claim = await approved(OCTOBER_QUOTE, 'Mostly true');
    const published = await ben.publishClaim({ id: claim.id, expectedRevision: claim.revision, url: 'https://desk.example/typed' });
    const note = 'The verdict was <script>alert(1)</script> corrected to False.';
    const corrected = await anna.updateClaim({ id: claim.id, expectedRevision: published.revision, patch: { verdict: 'False' }, correction: note });
    const [review] = await claimReviewOf(anna);
    expect(review).toMatchObject({
      url: 'https://desk.example/typed',
      datePublished: published.publishedAt,
      dateModified: corrected.modifiedAt,
      reviewRating: { alternateName: 'False', ratingValue: 1 },
    });
    expect(await anna.listCorrections({ claimId: claim.id })).toMatchObject([{ note, reviewer: 'Anna', fields: ['verdict'] }]);
    const day = corrected.modifiedAt?.slice(0, 10) ?? '';
    // Shown as the report language writes dates (English by default), machine-readable in <time>.
    const shown = formatDate('en', day);
    const md = (await anna.renderExport({ format: 'md', filter: {} })).content;
    expect(md).toContain(`**Corrections**\n\n- ${shown}: The verdict was \\<script\\>alert(1)\\</script\\> corrected to False.`);
    for (const template of ['internal', 'public'] as const) {
      const html = (await anna.renderExport({ format: 'html', filter: {}, template })).content;
      const doc = new JSDOM(html).window.document;
      const item = doc.querySelector('.corrections li');
      expect(item?.textContent, template).toBe(`${shown}: ${note}`);
      expect(item?.querySelector('time')?.getAttribute('datetime')).toBe(day);
      expect(doc.querySelector('script'), template).toBeNull();
    }
  });
});

describe('the public template', () => {
  it('is the desk’s fact-check page: name and logo, verdict badge, rationale, sources, no review internals', async () => {
    const claim = await approved(OCTOBER_QUOTE, 'Mostly true');
    await anna.addSource({ claimId: claim.id, fields: { url: 'https://example.org/statement', title: 'Statement', stance: 'supports' } });
    const again = await ben.updateClaim({ id: claim.id, expectedRevision: claim.revision + 1, patch: { status: 'approved' } });
    await ben.publishClaim({ id: claim.id, expectedRevision: again.revision });
    await anna.updateSettings({ reportLanguage: 'de' });
    const html = (await anna.renderExport({ format: 'html', filter: {}, template: 'public' })).content;
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.lang).toBe('de');
    expect(doc.querySelector('header img')?.getAttribute('src')).toBe('https://desk.example/logo.png');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain('img-src data: https://desk.example;');
    expect(doc.querySelector('h1 a')?.textContent).toBe('Our Desk');
    expect(doc.querySelector('.badge')?.textContent).toBe('Größtenteils richtig');
    expect(doc.querySelector('.rationale')?.textContent?.trim()).toBe('Officials <b>said</b> so.');
    expect(doc.querySelector('.sources a')?.getAttribute('href')).toBe('https://example.org/statement');
    expect(html).not.toMatch(/Anna|Ben|Status|Approved by|Freigegeben von/);
    const internal = (await anna.renderExport({ format: 'html', filter: {} })).content;
    expect(internal).toContain('Freigegeben von');
  });

  it('is written in the language the export asks for, whatever the desk’s default (a German desk publishing in English)', async () => {
    const claim = await approved(OCTOBER_QUOTE, 'Mostly true');
    await ben.publishClaim({ id: claim.id, expectedRevision: claim.revision });
    await anna.updateSettings({ reportLanguage: 'de' });
    const german = new JSDOM((await anna.renderExport({ format: 'html', filter: {}, template: 'public' })).content).window.document;
    expect(german.querySelector('.badge')?.parentElement?.textContent).toBe('Bewertung: Größtenteils richtig');
    const english = new JSDOM((await anna.renderExport({ format: 'html', filter: {}, template: 'public', language: 'en' })).content).window.document;
    expect(english.documentElement.lang).toBe('en');
    expect(english.querySelector('.badge')?.parentElement?.textContent).toBe('Verdict: Mostly true');
    const md = (await anna.renderExport({ format: 'md', filter: {}, language: 'en' })).content;
    expect(md).toMatch(/^# Claim report\n/);
    expect(md).toContain('- Verdict: **Mostly true**');
  });
});
