// Claims already checked (issue 14.3) on a real file: claims from other articles that say the same
// thing, found by words (bm25) and, for German compounds, by letter sequences (trigram index);
// listed over one threshold, flagged "probably the same claim" over a higher one.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { removeTempDirs, tempDir } from '../store/temp';

const ARTICLES = {
  deOne: ['Atomwaffen in Belarus', 'Lukaschenko sagte, der Einsatz russischer Atomwaffen in Belarus sei im Oktober abgeschlossen worden.'],
  deTwo: ['Atomwaffeneinsatz beendet', 'Der Atomwaffeneinsatz in Belarus wurde nach Angaben Lukaschenkos im Oktober abgeschlossen.'],
  deOther: ['Bahn im Sommer', 'Die Deutsche Bahn war im Sommer pünktlicher als im Vorjahr, teilte der Konzern mit.'],
  enOne: ['Jobs report', 'Unemployment fell to 3.5 percent last year, the lowest rate since 1969, the minister said.'],
  enTwo: ['Minister on jobs', 'Last year unemployment fell to 3.5 percent, the lowest rate since 1969.'],
  enOther: ['Bike lanes', 'The city council approved a new bicycle lane along the river on Tuesday.'],
} as const;

const QUOTES: Record<keyof typeof ARTICLES, string> = {
  deOne: 'der Einsatz russischer Atomwaffen in Belarus sei im Oktober abgeschlossen worden',
  deTwo: 'Der Atomwaffeneinsatz in Belarus wurde nach Angaben Lukaschenkos im Oktober abgeschlossen',
  deOther: 'Die Deutsche Bahn war im Sommer pünktlicher als im Vorjahr',
  enOne: 'Unemployment fell to 3.5 percent last year, the lowest rate since 1969',
  enTwo: 'Last year unemployment fell to 3.5 percent, the lowest rate since 1969',
  enOther: 'The city council approved a new bicycle lane along the river',
};

let dir: string;
let core: FactdeskCore;
const claimOf = {} as Record<keyof typeof ARTICLES, number>;

beforeAll(async () => {
  dir = tempDir('factdesk-similar-');
  core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'ada', settingsDir: join(dir, 'settings') });
  for (const [key, [title, body]] of Object.entries(ARTICLES) as [keyof typeof ARTICLES, readonly [string, string]][]) {
    const file = join(dir, `${key}.txt`);
    await writeFile(file, `${title}\n\n${body}\n`);
    const [outcome] = await core.importPaths([file]);
    if (!outcome?.ok || outcome.articleId === undefined) throw new Error(`import failed: ${outcome?.error}`);
    claimOf[key] = (await core.createClaimFromQuote({ articleId: outcome.articleId, quote: QUOTES[key], occurrence: 1, claimant: null, verdict: null })).id;
  }
  const rated = await core.getArticle({ id: 1 });
  await core.updateClaim({ id: claimOf.deOne, expectedRevision: rated.claims[0]!.revision, patch: { verdict: 'true' } });
});
afterAll(async () => {
  await core?.close();
  removeTempDirs();
});

describe('similarClaims', () => {
  it('German: finds the claim with the compound (Atomwaffeneinsatz) in another article, with its verdict, status and article', async () => {
    const { claims, thresholds } = await core.similarClaims({ claimId: claimOf.deTwo });
    expect(thresholds.same).toBeGreaterThan(thresholds.suggest);
    expect(claims.map((c) => c.claimId)).toEqual([claimOf.deOne]);
    expect(claims[0]).toMatchObject({ articleTitle: 'Atomwaffen in Belarus', verdict: 'true', status: 'draft' });
    expect(claims[0]!.score).toBeGreaterThanOrEqual(thresholds.suggest);
  });

  it('English: the same claim reworded is flagged as probably the same; an unrelated claim is not listed', async () => {
    const { claims } = await core.similarClaims({ claimId: claimOf.enOne });
    expect(claims.map((c) => [c.claimId, c.sameClaim])).toEqual([[claimOf.enTwo, true]]);
  });

  it('a typed text finds claims in every article; a text with nothing in common finds none', async () => {
    const found = await core.similarClaims({ text: 'Arbeitslosigkeit? Nein: unemployment fell to 3.5 percent last year' });
    expect(found.claims.map((c) => c.claimId).sort()).toEqual([claimOf.enOne, claimOf.enTwo].sort());
    expect((await core.similarClaims({ text: 'Kartoffelsalat mit Würstchen' })).claims).toEqual([]);
  });

  it('leaves out the claim itself and other claims of its own article', async () => {
    const article = (await core.getArticle({ id: 4 })).article;
    const again = await core.createClaimFromQuote({ articleId: article.id, quote: 'the lowest rate since 1969', occurrence: 1, claimant: null, verdict: null });
    await core.updateClaim({ id: again.id, expectedRevision: again.revision, patch: { claimReviewed: QUOTES.enOne } });
    const ids = (await core.similarClaims({ claimId: claimOf.enOne })).claims.map((c) => c.claimId);
    expect(ids).not.toContain(claimOf.enOne);
    expect(ids).not.toContain(again.id);
  });
});
