// The core service over a real database file: import with de-duplication, claims anchored by
// quote, stale edits refused without a trace, the review workflow, the change feed and history.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, FactdeskError } from '@common/domain/errors';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { openConnection } from '../../../main/core/store/sqlite';
import { LATEST_SCHEMA_VERSION } from '../../../main/core/store/migrations';
import { removeTempDirs, tempDir } from '../store/temp';

// The copy kept with the tests (test/fixtures/README.md), so a fresh clone runs on its own.
const SAMPLE = join(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
const OCTOBER_QUOTE = 'Einsatz russischer Atomwaffen im Oktober abgeschlossen';

let dir: string;
let dbPath: string;
let core: FactdeskCore;
const opened: FactdeskCore[] = [];

async function open(reviewer: string): Promise<FactdeskCore> {
  const c = await openFactdesk({ path: dbPath, reviewer, settingsDir: join(dir, `settings-${reviewer}`) });
  opened.push(c);
  return c;
}

async function importSample(c: FactdeskCore = core): Promise<number> {
  const [outcome] = await c.importPaths([SAMPLE]);
  if (!outcome?.ok || outcome.articleId === undefined) throw new Error(`sample import failed: ${outcome?.error}`);
  return outcome.articleId;
}

/** Everything a failed save must leave alone, read through a separate connection. */
async function fileState(): Promise<unknown> {
  const raw = await openConnection(dbPath, { readOnly: true });
  try {
    return {
      claims: await raw.all('SELECT * FROM claim ORDER BY id'),
      sources: await raw.all('SELECT * FROM source ORDER BY id'),
      comments: await raw.all('SELECT * FROM comment ORDER BY id'),
      log: await raw.all('SELECT * FROM change_log ORDER BY id'),
    };
  } finally {
    await raw.close();
  }
}

beforeEach(async () => {
  dir = tempDir('factdesk-service-');
  dbPath = join(dir, 'desk.db');
  core = await open('ada');
});

afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
  removeTempDirs();
});

describe('import', () => {
  it('stores the sample once; the same text again returns the existing article', async () => {
    const first = await core.importPaths([SAMPLE]);
    expect(first).toMatchObject([{ ok: true, duplicate: false, fileName: 'putin-lukaschenko-st-petersburg.de.txt' }]);
    const progress: Array<[number, number]> = [];
    const again = await core.importPaths([SAMPLE], (done, total) => progress.push([done, total]));
    expect(again).toMatchObject([{ ok: true, duplicate: true, articleId: first[0]?.articleId }]);
    expect(progress).toEqual([[1, 1]]);
    const bytes = readFileSync(SAMPLE).toString('base64');
    const viaApi = await core.importFiles({ files: [{ name: 'copy.txt', data: bytes }] });
    expect(viaApi).toMatchObject([{ ok: true, duplicate: true, articleId: first[0]?.articleId }]);
    expect((await core.getDatabaseInfo({})).articleCount).toBe(1);
    const article = (await core.getArticle({ id: first[0]?.articleId ?? 0 })).article;
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.revision).toBe(1);
    expect(article.text).toContain(OCTOBER_QUOTE);
  });

  it('fails a bad file alone, naming it, and writes nothing for it', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 0, 0]));
    const outcomes = await core.importPaths([empty, SAMPLE, binary]);
    const byName = new Map(outcomes.map((o) => [o.fileName, o]));
    expect(byName.get('empty.txt')).toMatchObject({ ok: false });
    expect(byName.get('empty.txt')?.error).toContain('empty.txt');
    expect(byName.get('binary.txt')).toMatchObject({ ok: false });
    expect(byName.get('putin-lukaschenko-st-petersburg.de.txt')).toMatchObject({ ok: true });
    const log = (await core.changesSince({ afterId: 0 })).entries;
    expect(log.filter((e) => e.entity === 'article')).toHaveLength(1);
  });
});

describe('claims', () => {
  it('anchors "Einsatz russischer Atomwaffen im Oktober abgeschlossen" by quote', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE, claimant: 'Alexander Lukaschenko' });
    const { article } = await core.getArticle({ id: articleId });
    expect(claim.quote.exact).toBe(OCTOBER_QUOTE);
    expect(article.text.slice(claim.position.start, claim.position.end)).toBe(OCTOBER_QUOTE);
    expect(claim.quote.prefix).toBe(article.text.slice(claim.position.start - claim.quote.prefix.length, claim.position.start));
    expect(claim.quote.prefix.endsWith('dass der ')).toBe(true);
    expect(claim.quote.suffix.startsWith(' sei.')).toBe(true);
    expect(claim).toMatchObject({ claimReviewed: OCTOBER_QUOTE, status: 'draft', createdBy: 'ada', revision: 1, orphaned: false });
    // The same range through the renderer's call gives the same selectors.
    const again = await core.createClaim({ articleId, start: claim.position.start, end: claim.position.end });
    expect(again.quote).toEqual(claim.quote);
  });

  it('rejects a quote that is not in the article', async () => {
    const articleId = await importSample();
    await expect(core.createClaimFromQuote({ articleId, quote: 'Atomwaffen im November' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('refuses a stale revision with a ConflictError and writes nothing', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    const saved = await core.updateClaim({ id: claim.id, expectedRevision: 1, patch: { verdict: 'Mostly false', rationale: 'First' } });
    expect(saved).toMatchObject({ revision: 2, verdict: 'mostly_false', verdictSetBy: 'ada', rationale: 'First' });

    const before = await fileState();
    const error = await core
      .updateClaim({ id: claim.id, expectedRevision: 1, patch: { rationale: 'Second, from a stale copy' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'conflict', entity: 'claim', id: claim.id, expectedRevision: 1 });
    expect((error as ConflictError).current).toMatchObject({ revision: 2, rationale: 'First' });
    expect(await fileState()).toEqual(before);

    await expect(core.deleteClaim({ id: claim.id, expectedRevision: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await fileState()).toEqual(before);
  });

  it('reports an edit of a claim someone deleted as a conflict, and an unknown id as not found', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    await core.deleteClaim({ id: claim.id, expectedRevision: 1 });
    await expect(core.updateClaim({ id: claim.id, expectedRevision: 1, patch: { rationale: 'x' } })).rejects.toMatchObject({
      code: 'conflict',
      current: null,
    });
    await expect(core.updateClaim({ id: 999, expectedRevision: 1, patch: { rationale: 'x' } })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('sees another copy of the file save in between as a conflict', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    const bea = await open('bea');
    await bea.updateClaim({ id: claim.id, expectedRevision: 1, patch: { claimant: 'Lukaschenko' } });
    await expect(core.updateClaim({ id: claim.id, expectedRevision: 1, patch: { claimant: 'Putin' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await core.getArticle({ id: articleId })).claims[0]).toMatchObject({ claimant: 'Lukaschenko', revision: 2 });
  });
});

describe('review workflow', () => {
  it('lets only someone other than the verdict setter approve (four eyes), and the history shows both', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    await expect(core.updateClaim({ id: claim.id, expectedRevision: 1, patch: { status: 'approved' } })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const withVerdict = await core.updateClaim({ id: claim.id, expectedRevision: 1, patch: { verdict: 'false', status: 'needs_review' } });
    const before = await fileState();
    await expect(
      core.updateClaim({ id: claim.id, expectedRevision: withVerdict.revision, patch: { status: 'approved' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fileState()).toEqual(before);

    const bea = await open('bea');
    const approved = await bea.updateClaim({ id: claim.id, expectedRevision: withVerdict.revision, patch: { status: 'approved' } });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'bea', verdictSetBy: 'ada' });
    // Publishing is its own step (issue 12): it records the date, the publisher and the address.
    const published = await core.publishClaim({ id: claim.id, expectedRevision: approved.revision, url: 'https://desk.example/checks/1' });
    expect(published).toMatchObject({ status: 'published', publishedBy: 'ada', publishedUrl: 'https://desk.example/checks/1' });

    const history = await core.getHistory({ entity: 'claim', id: claim.id });
    expect(history.map((h) => [h.reviewer, h.action, h.after])).toEqual([
      ['ada', 'create', expect.objectContaining({ status: 'draft' })],
      ['ada', 'update', { verdict: 'false', verdictSetBy: 'ada', status: 'needs_review' }],
      ['bea', 'update', { approvedBy: 'bea', status: 'approved' }],
      ['ada', 'update', { status: 'published', publishedAt: published.publishedAt, publishedBy: 'ada', publishedUrl: 'https://desk.example/checks/1' }],
    ]);
    expect(history[2]?.before).toEqual({ approvedBy: null, status: 'needs_review' });
  });

  it('sends an approved claim back to review when its verdict changes', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE, verdict: 'True' });
    const bea = await open('bea');
    const approved = await bea.updateClaim({ id: claim.id, expectedRevision: 1, patch: { status: 'approved' } });
    const changed = await bea.updateClaim({ id: claim.id, expectedRevision: approved.revision, patch: { verdict: 'half_true' } });
    expect(changed).toMatchObject({ status: 'needs_review', approvedBy: null, verdictSetBy: 'bea' });
  });

  it('lists my queue: claims assigned to me, and verdicts by others waiting for my review', async () => {
    const articleId = await importSample();
    const bea = await open('bea');
    const mine = await bea.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    await bea.updateClaim({ id: mine.id, expectedRevision: 1, patch: { assignee: 'ada' } });
    const toReview = await bea.createClaimFromQuote({ articleId, quote: 'Weißrussland', verdict: 'True' });
    await bea.updateClaim({ id: toReview.id, expectedRevision: 1, patch: { status: 'needs_review' } });
    const ownVerdict = await core.createClaimFromQuote({ articleId, quote: 'Kiew', verdict: 'False' });
    await core.updateClaim({ id: ownVerdict.id, expectedRevision: 1, patch: { status: 'needs_review' } });

    const queue = await core.listQueue({});
    expect(queue.entries.map((q) => [q.claim.id, q.reasons])).toEqual([
      [mine.id, ['assigned']],
      [toReview.id, ['review']],
    ]);
    expect(queue.totals).toEqual({ assigned: 1, review: 1 });
    expect(queue.entries[0]?.articleTitle).toMatch(/^Putin und Lukaschenko/);
    expect((await bea.listQueue({})).entries.map((q) => q.claim.id)).toEqual([ownVerdict.id]);
  });

  it('threads comments and resolves them with a revision', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    const question = await core.addComment({ claimId: claim.id, body: 'Which month exactly?' });
    const bea = await open('bea');
    const reply = await bea.addComment({ claimId: claim.id, parentId: question.id, body: 'October, per the interview.' });
    expect(reply).toMatchObject({ parentId: question.id, author: 'bea', resolved: false });
    const resolved = await core.resolveComment({ id: question.id, expectedRevision: question.revision, resolved: true });
    expect(resolved).toMatchObject({ resolved: true, revision: 2 });
    await expect(core.resolveComment({ id: question.id, expectedRevision: 1, resolved: false })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await core.listComments({ claimId: claim.id })).map((c) => c.body)).toEqual([
      'Which month exactly?',
      'October, per the interview.',
    ]);
  });
});

describe('sources', () => {
  it('adds, edits with revisions, and deletes evidence, all in the claim history', async () => {
    const articleId = await importSample();
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    const source = await core.addSource({
      claimId: claim.id,
      fields: { url: 'https://example.org/interview', title: 'Interview', stance: 'refutes' },
    });
    expect(source).toMatchObject({ stance: 'refutes', revision: 1, publisher: null });
    const edited = await core.updateSource({ id: source.id, expectedRevision: 1, fields: { publisher: 'Example News' } });
    expect(edited).toMatchObject({ publisher: 'Example News', revision: 2 });
    await expect(core.updateSource({ id: source.id, expectedRevision: 1, fields: { title: 'x' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await core.getArticle({ id: articleId })).sources).toHaveLength(1);
    await core.deleteSource({ id: source.id, expectedRevision: 2 });
    const history = await core.getHistory({ entity: 'claim', id: claim.id });
    expect(history.filter((h) => h.entity === 'source').map((h) => h.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('search', () => {
  it('finds articles by prefix as you type, through claims and sources too, and survives FTS syntax', async () => {
    const articleId = await importSample();
    expect((await core.listArticles({ search: 'atomw' })).articles.map((a) => a.id)).toEqual([articleId]);
    expect((await core.listArticles({ search: 'Weissrussland' })).articles).toEqual([]);
    expect((await core.listArticles({ search: 'Weißrussl' })).articles.map((a) => a.id)).toEqual([articleId]);
    expect(await core.listArticles({ search: 'quantencomputer' })).toMatchObject({ articles: [], total: 0 });
    for (const nasty of ['"unbalanced', 'NEAR(', 'title:', '*', 'AND OR NOT', "') DROP TABLE article; --", '^x']) {
      await expect(core.listArticles({ search: nasty })).resolves.toMatchObject({ articles: expect.any(Array) });
    }
    const claim = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    await core.updateClaim({ id: claim.id, expectedRevision: 1, patch: { rationale: 'Verified with Zwischenbericht' } });
    await core.addSource({ claimId: claim.id, fields: { url: 'https://example.org/a', publisher: 'Quellenhaus' } });
    expect((await core.listArticles({ search: 'zwischenber' })).articles.map((a) => a.id)).toEqual([articleId]);
    expect((await core.listArticles({ search: 'quellenh' })).articles.map((a) => a.id)).toEqual([articleId]);
    const [summary] = (await core.listArticles({})).articles;
    expect(summary).toMatchObject({ id: articleId, claimCount: 1, openClaimCount: 1 });
  });
});

describe('change feed and presence', () => {
  it('delivers another copy\'s commits and is cheap when nothing changed', async () => {
    const articleId = await importSample();
    const start = await core.changesSince({ afterId: 0 });
    expect(start.entries.map((e) => e.entity)).toEqual(['article']);
    const idle = await core.changesSince({ afterId: start.lastId });
    expect(idle).toEqual({ entries: [], lastId: start.lastId, headId: start.lastId });

    const bea = await open('bea');
    await bea.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE });
    const next = await core.changesSince({ afterId: start.lastId });
    expect(next.entries).toMatchObject([{ entity: 'claim', action: 'create', reviewer: 'bea', articleId }]);
    expect(next.lastId).toBeGreaterThan(start.lastId);
    expect(next.headId).toBe(next.lastId);
    // A copy opening now asks once and starts following from the end of the log.
    expect((await bea.changesSince({ afterId: 0 })).headId).toBe(next.lastId);

    await core.createClaim({ articleId, start: 0, end: 5 });
    const mine = await core.changesSince({ afterId: next.lastId });
    expect(mine.entries).toMatchObject([{ entity: 'claim', reviewer: 'ada' }]);
  });

  it('shows who else has the file open and what they edit', async () => {
    const bea = await open('bea');
    expect(await core.heartbeat({ editing: null })).toEqual([]);
    const seen = await bea.heartbeat({ editing: 'claim:1' });
    expect(seen).toMatchObject([{ reviewer: 'ada', editing: null }]);
    expect(await core.heartbeat({ editing: 'article:1' })).toMatchObject([{ reviewer: 'bea', editing: 'claim:1' }]);
    await bea.close();
    expect(await core.heartbeat({ editing: null })).toEqual([]);
  });

  it('forgets a copy that has not sent a heartbeat for 15 s (README: "entries older than 15 s disappear")', async () => {
    // Both copies read one shared clock, so the 15 s pass without waiting for them.
    let nowMs = Date.parse('2026-12-01T12:00:00Z');
    const clock = (): Date => new Date(nowMs);
    const at = (reviewer: string): Promise<FactdeskCore> =>
      openFactdesk({ path: dbPath, reviewer, settingsDir: join(dir, `settings-${reviewer}`), now: clock }).then((c) => (opened.push(c), c));
    const ada = await at('ada');
    const bea = await at('bea');
    await bea.heartbeat({ editing: 'claim:1' });
    nowMs += 15_000;
    expect(await ada.heartbeat({ editing: null })).toMatchObject([{ reviewer: 'bea', editing: 'claim:1' }]);
    nowMs += 1;
    expect(await ada.heartbeat({ editing: null })).toEqual([]);
    // Another heartbeat brings it back.
    await bea.heartbeat({ editing: null });
    expect(await ada.heartbeat({ editing: null })).toMatchObject([{ reviewer: 'bea' }]);
  });
});

describe('settings and info', () => {
  it('keeps the reviewer name in the app settings file and the organisation in the database', async () => {
    const desk = { organisationLogoUrl: null, publicationUrlPattern: null, reportLanguage: 'en' };
    expect(await core.getSettings({})).toEqual({ reviewerName: null, organisationName: null, organisationUrl: null, ...desk });
    const settings = await core.updateSettings({
      reviewerName: 'Ada L.',
      organisationName: 'Faktencheck',
      organisationUrl: 'https://fakten.example',
    });
    expect(settings).toEqual({ reviewerName: 'Ada L.', organisationName: 'Faktencheck', organisationUrl: 'https://fakten.example', ...desk });
    // The reviewer's own file: their name and interface language (none chosen), nothing of the desk's.
    expect(JSON.parse(readFileSync(join(dir, 'settings-ada', 'settings.json'), 'utf8'))).toEqual({ reviewerName: 'Ada L.', interfaceLanguage: null });
    expect(core.reviewer).toBe('Ada L.');
    const bea = await open('bea');
    expect(await bea.getSettings({})).toMatchObject({ reviewerName: null, organisationName: 'Faktencheck' });
    // Reviewers of the file are the people who wrote to it: Ada L. (the organisation), not the
    // names the copies were opened under, nor bea, who only read.
    expect(await core.listReviewers()).toEqual(['Ada L.']);
  });

  it('describes the database and its location', async () => {
    const info = await core.getDatabaseInfo({});
    expect(info).toMatchObject({ path: dbPath, articleCount: 0, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(['wal', 'delete']).toContain(info.journalMode);
  });

  it('validates arguments itself', async () => {
    await expect(core.getArticle({ id: -1 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(core.getArticle({ id: 12345 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('export', () => {
  it('renders a report of the claims in scope, in stable order', async () => {
    const articleId = await importSample();
    const second = await core.createClaimFromQuote({ articleId, quote: 'Weißrussland' });
    const first = await core.createClaimFromQuote({ articleId, quote: OCTOBER_QUOTE, verdict: 'False' });
    const csv = await core.renderExport({ format: 'csv', filter: { articleId } });
    expect(csv.encoding).toBe('utf8');
    const firstAt = csv.content.indexOf(OCTOBER_QUOTE);
    expect(firstAt).toBeGreaterThan(-1);
    // By position in the text, not by id.
    const [early, late] = [first, second].sort((a, b) => a.position.start - b.position.start);
    expect(csv.content.indexOf(early?.quote.exact ?? '')).toBeLessThan(csv.content.indexOf(late?.quote.exact ?? '\u0000'));
    const onlyFalse = await core.renderExport({ format: 'md', filter: { verdict: ['false'] } });
    expect(onlyFalse.content).toContain(OCTOBER_QUOTE);
    await expect(core.renderExport({ format: 'md', filter: { articleId: 999 } })).rejects.toBeInstanceOf(FactdeskError);
  });
});
