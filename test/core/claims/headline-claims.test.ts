// Claims in the headline and the teaser (issue 9, point 7): a claim names the part of the article it
// quotes, its selectors index that part's text, and it is stored, reported, exported and imported
// back as such. Files from before (schema 2) keep their claims, all in the body.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactdeskError } from '@common/domain/errors';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { exportFailures } from '../export/web-annotation-conformance';
import { removeTempDirs, tempDir } from '../store/temp';

const SAMPLE = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
/** Only in the headline. */
const HEADLINE_QUOTE = 'Erweiterung des russisch-weißrussischen Bündnisses';
/** Only in the teaser (the seed format's ASCII teaser). */
const TEASER_QUOTE = 'St Petersburg um Moeglichkeiten';
/** In the headline and the teaser, not in the body. */
const BOTH_QUOTE = 'Putin und Lukaschenko';

let dir: string;
const opened: FactdeskCore[] = [];

async function open(path = join(dir, 'desk.db'), reviewer = 'ada'): Promise<FactdeskCore> {
  const c = await openFactdesk({ path, reviewer, settingsDir: join(dir, `settings-${reviewer}`) });
  opened.push(c);
  return c;
}

async function importSample(c: FactdeskCore): Promise<number> {
  const [outcome] = await c.importPaths([SAMPLE]);
  if (!outcome?.ok || outcome.articleId === undefined) throw new Error(`sample import failed: ${outcome?.error}`);
  return outcome.articleId;
}

beforeEach(() => {
  dir = tempDir('factdesk-headline-');
});
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  removeTempDirs();
});

describe('claims in the headline and the teaser', () => {
  it('finds a quote that is only in the headline, anchored in the headline, and keeps it on reopening', async () => {
    const path = join(dir, 'desk.db');
    const core = await open(path);
    const articleId = await importSample(core);
    const { article } = await core.getArticle({ id: articleId });
    expect(article.text).not.toContain(HEADLINE_QUOTE);

    const claim = await core.createClaimFromQuote({ articleId, quote: HEADLINE_QUOTE });
    expect(claim.part).toBe('headline');
    expect(article.title.slice(claim.position.start, claim.position.end)).toBe(HEADLINE_QUOTE);
    expect(claim.quote.prefix).toBe(article.title.slice(Math.max(0, claim.position.start - 32), claim.position.start));
    await core.close();
    opened.splice(0);

    const again = await open(path, 'bo');
    expect((await again.getArticle({ id: articleId })).claims).toEqual([claim]);
  });

  it('finds a quote in the teaser, and takes --part to choose where a quote is in several parts', async () => {
    const core = await open();
    const articleId = await importSample(core);
    const { article } = await core.getArticle({ id: articleId });
    const teaser = await core.createClaimFromQuote({ articleId, quote: TEASER_QUOTE });
    expect(teaser.part).toBe('teaser');
    expect(article.subtitle?.slice(teaser.position.start, teaser.position.end)).toBe(TEASER_QUOTE);

    expect((await core.createClaimFromQuote({ articleId, quote: BOTH_QUOTE })).part).toBe('headline');
    const chosen = await core.createClaimFromQuote({ articleId, quote: BOTH_QUOTE, part: 'teaser' });
    expect(chosen).toMatchObject({ part: 'teaser', position: { start: 0, end: BOTH_QUOTE.length } });

    await expect(core.createClaimFromQuote({ articleId, quote: HEADLINE_QUOTE, part: 'body' })).rejects.toThrow(
      /does not occur in the article's body/,
    );
    await expect(core.createClaimFromQuote({ articleId, quote: 'nowhere at all' })).rejects.toThrow(
      /does not occur in the article \(body, headline or teaser\)/,
    );
  });

  it('marks a selected range of the headline (the workbench) with the headline as its part', async () => {
    const core = await open();
    const articleId = await importSample(core);
    const { article } = await core.getArticle({ id: articleId });
    const start = article.title.indexOf(HEADLINE_QUOTE);
    const claim = await core.createClaim({ articleId, part: 'headline', start, end: start + HEADLINE_QUOTE.length });
    expect(claim).toMatchObject({ part: 'headline', quote: { exact: HEADLINE_QUOTE }, claimReviewed: HEADLINE_QUOTE });
    // Offsets index the part's text: the same range in the body would be other words.
    expect(article.text.slice(start, start + HEADLINE_QUOTE.length)).not.toBe(HEADLINE_QUOTE);
    // Past the end of the headline is refused, not clamped into the body.
    const err = await core.createClaim({ articleId, part: 'headline', start: 0, end: article.title.length + 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactdeskError);
    expect((err as FactdeskError).message).toMatch(/outside the article's headline/);
    // Body claims work as before, and list after the headline's in reading order.
    const body = await core.createClaimFromQuote({ articleId, quote: 'Einsatz russischer Atomwaffen im Oktober abgeschlossen' });
    expect(body.part).toBe('body');
    expect((await core.getArticle({ id: articleId })).claims.map((c) => c.part)).toEqual(['headline', 'body']);
  });

  it('quotes headline claims in context in the Markdown and HTML reports and the CSV', async () => {
    const core = await open();
    const articleId = await importSample(core);
    await core.createClaimFromQuote({ articleId, quote: HEADLINE_QUOTE });
    const md = (await core.renderExport({ format: 'md', filter: {} })).content;
    expect(md).toContain(`> *Headline:* …um Möglichkeiten zur **${HEADLINE_QUOTE}** zu besprechen\n`);
    const html = (await core.renderExport({ format: 'html', filter: {} })).content;
    expect(html).toContain(`<mark>${HEADLINE_QUOTE}</mark>`);
    expect(html).toContain('<p class="quote-part">Headline:</p>');
    const csv = (await core.renderExport({ format: 'csv', filter: {} })).content;
    expect(csv).toContain(HEADLINE_QUOTE);
  });

  it('round-trips through the Web Annotation export into another database, still in the headline and teaser', async () => {
    const core = await open(join(dir, 'a.db'));
    const articleId = await importSample(core);
    const headline = await core.createClaimFromQuote({ articleId, quote: HEADLINE_QUOTE, claimant: 'AP' });
    const teaser = await core.createClaimFromQuote({ articleId, quote: BOTH_QUOTE, part: 'teaser' });
    const body = await core.createClaimFromQuote({ articleId, quote: 'Einsatz russischer Atomwaffen im Oktober abgeschlossen' });
    const json = (await core.renderExport({ format: 'annotations', filter: {} })).content;
    // Still a conforming W3C export; the headline's selectors sit under a part FragmentSelector.
    const doc = JSON.parse(json) as { first: { items: Array<{ target: { selector: unknown } }> } };
    expect(exportFailures(doc)).toEqual([]);
    expect(doc.first.items[0]?.target.selector).toEqual([
      { type: 'FragmentSelector', conformsTo: 'urn:factdesk:vocab:part', value: 'headline', refinedBy: { type: 'TextQuoteSelector', ...headline.quote } },
      { type: 'FragmentSelector', conformsTo: 'urn:factdesk:vocab:part', value: 'headline', refinedBy: { type: 'TextPositionSelector', ...headline.position } },
    ]);

    const other = await open(join(dir, 'b.db'), 'bo');
    const otherArticle = await importSample(other);
    const report = await other.importAnnotations({ name: 'claims.json', json });
    expect(report.skipped).toEqual([]);
    const landed = (await other.getArticle({ id: otherArticle })).claims;
    const shape = (c: { part: string; position: unknown; quote: unknown }) => ({ part: c.part, position: c.position, quote: c.quote });
    expect(landed.map(shape)).toEqual([headline, teaser, body].map(shape));
    expect(landed[0]?.claimant).toBe('AP');

    // A second import finds each already there, in its own part.
    const repeat = await other.importAnnotations({ name: 'claims.json', json });
    expect(repeat.imported).toEqual([]);
    expect(repeat.skipped.map((s) => s.reason)).toEqual(landed.map((c) => `Already here as claim ${c.id}.`));
  });
});

describe('schema 3', () => {
  it('gives every claim of a schema-2 file the body as its part, leaving the rest as it was', async () => {
    const path = join(dir, 'v2.db');
    const v2 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
    await v2.connection.write(async (tx) => {
      await tx.run(
        `INSERT INTO article (title, text, content_hash, format, imported_at) VALUES ('Harbour fees', 'The ferry fees rise in May.', ?, 'text', '2024-01-01')`,
        ['a'.repeat(64)],
      );
      await tx.run(
        `INSERT INTO claim (article_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, claim_reviewed, created_at, updated_at)
         VALUES (1, 'ferry fees rise', 'The ', ' in May.', 4, 19, 'ferry fees rise', '2024-01-01', '2024-01-01')`,
      );
    });
    await v2.connection.close();

    const core = await open(path);
    expect((await core.getDatabaseInfo({})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const [claim] = (await core.getArticle({ id: 1 })).claims;
    expect(claim).toMatchObject({ part: 'body', quote: { exact: 'ferry fees rise' }, position: { start: 4, end: 19 }, revision: 1 });
  });
});
