// The newsroom-scale database (100,000 articles, 200,000 claims, sources, change log), built once
// through the core and cached under bench/results/cache/, keyed by seed, size and this file's
// data version, so reruns start in seconds. Articles go through core.importPaths (the path users
// hit); claims and sources through the store's own repositories in large transactions (the
// per-claim API would commit 200,000 times, which is a test of fsync, not of the data).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeRange } from '../main/core/anchoring/selectors';
import { CLAIM_STATUSES, type ClaimStatus } from '../main/core/domain/types';
import { openFactdesk } from '../main/core/service';
import { openDatabase } from '../main/core/store/open';
import { appendChange } from '../main/core/store/repositories/changelog';
import { insertClaim } from '../main/core/store/repositories/claims';
import { insertSource } from '../main/core/store/repositories/sources';
import type { SqlExecutor } from '../main/core/store/sqlite';
import { generateArticle, generateLongArticle, prng, writeSeedFolder } from './generate';

/** Bump when the generated data changes, so stale caches are not reused. */
const DATA_VERSION = 3;

export const REPORT_REVIEWER = 'report-desk';
export const REPORT_CLAIMS = 1_000;
export const LONG_ARTICLE_CLAIMS = 300;

export interface DatasetInfo {
  seed: number;
  articles: number;
  claims: number;
  sources: number;
  changes: number;
  /** The article with LONG_ARTICLE_CLAIMS claims (the reader's worst case). */
  longArticleId: number;
  /** An ordinary article with a few claims, for marking new ones. */
  typicalArticleId: number;
  /** Claims assigned to REPORT_REVIEWER: the report scenario's filter. */
  reportClaims: number;
  buildSeconds: number;
  bytes: number;
}

export interface Dataset extends DatasetInfo {
  path: string;
}

const CHUNK = 10_000;
const CLAIM_BATCH = 5_000;

export async function cachedDataset(
  cacheDir: string,
  seed: number,
  articles: number,
  log: (line: string) => void,
): Promise<Dataset> {
  const name = `factdesk-s${seed}-a${articles}-v${DATA_VERSION}`;
  const path = join(cacheDir, `${name}.db`);
  const metaPath = join(cacheDir, `${name}.json`);
  if (existsSync(path) && existsSync(metaPath)) {
    const info = JSON.parse(await readFile(metaPath, 'utf8')) as DatasetInfo;
    log(`dataset: cached ${path} (${info.articles} articles, ${info.claims} claims)`);
    return { ...info, path };
  }
  await mkdir(cacheDir, { recursive: true });
  const building = join(cacheDir, `${name}.building.db`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(building + suffix, { force: true });
  const started = process.hrtime.bigint();
  const info = await build(building, cacheDir, seed, articles, log);
  info.buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // The core closed it cleanly: no -wal left, the file alone is the database.
  await rename(building, path);
  info.bytes = (await stat(path)).size;
  await writeFile(metaPath, JSON.stringify(info, null, 2));
  log(`dataset: built ${path} in ${info.buildSeconds.toFixed(0)} s`);
  return { ...info, path };
}

/** A private copy of the cached database for scenarios that write (or must not disturb the cache). */
export async function workingCopy(dataset: Dataset, dir: string): Promise<Dataset> {
  const path = join(dir, 'newsroom.db');
  await copyFile(dataset.path, path);
  return { ...dataset, path };
}

async function build(path: string, cacheDir: string, seed: number, articles: number, log: (line: string) => void): Promise<DatasetInfo> {
  const settingsDir = join(cacheDir, 'settings');
  const core = await openFactdesk({ path, reviewer: 'desk-import', settingsDir });
  const bulk = await openDatabase(path, { create: false });
  const counts = { claims: 0, sources: 0, reportClaims: 0 };
  const r = prng(seed ^ 0x5eed);
  const special = { longArticleId: 0, typicalArticleId: 0 };
  try {
    for (let start = 0; start < articles; start += CHUNK) {
      const count = Math.min(CHUNK, articles - start);
      const dir = join(cacheDir, `import-${start}`);
      const quotes = await writeSeedFolder(dir, count, seed, start);
      const outcomes = await core.importPaths([dir]);
      await rm(dir, { recursive: true, force: true });
      const imported = outcomes.flatMap((o) => (o.ok && !o.duplicate && o.articleId !== undefined ? [{ id: o.articleId, quotes: quotes.get(o.fileName) ?? [] }] : []));
      for (let i = 0; i < imported.length; i += CLAIM_BATCH) {
        await bulk.connection.write((tx) => addClaims(tx, imported.slice(i, i + CLAIM_BATCH), r, counts));
      }
      log(`dataset: ${start + count} / ${articles} articles, ${counts.claims} claims`);
    }

    // The reader's worst case and an ordinary article to mark claims in: imported last, so they
    // head the list (newest first), where a reviewer finds them.
    const dir = join(cacheDir, 'import-special');
    const long = generateLongArticle(seed, articles, LONG_ARTICLE_CLAIMS);
    const typical = generateArticle(seed, articles + 1);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a-' + long.fileName), long.content);
    await writeFile(join(dir, 'b-' + typical.fileName), typical.content);
    const [longOutcome, typicalOutcome] = await core.importPaths([dir]);
    await rm(dir, { recursive: true, force: true });
    const longArticleId = longOutcome?.articleId;
    const typicalArticleId = typicalOutcome?.articleId;
    if (longArticleId === undefined || typicalArticleId === undefined) throw new Error('The benchmark articles did not import.');
    Object.assign(special, { longArticleId, typicalArticleId });
    // The 300 claims through the API, one by one, as a reviewer marks them.
    const { article } = await core.getArticle({ id: longArticleId });
    let from = 0;
    for (const quote of long.claimQuotes.slice(0, LONG_ARTICLE_CLAIMS)) {
      const start = article.text.indexOf(quote, from);
      if (start < 0) throw new Error(`Claim quote not found in the long article: ${quote}`);
      from = start + quote.length;
      await core.createClaim({ articleId: longArticleId, start, end: start + quote.length });
    }
    const first = typical.claimQuotes[0];
    if (first !== undefined) await core.createClaimFromQuote({ articleId: typicalArticleId, quote: first });
    counts.claims += LONG_ARTICLE_CLAIMS + (first !== undefined ? 1 : 0);
  } finally {
    await bulk.connection.close();
    await core.close();
  }
  return {
    seed,
    articles: articles + 2,
    claims: counts.claims,
    sources: counts.sources,
    changes: articles + 2 + counts.claims + counts.sources,
    ...special,
    reportClaims: counts.reportClaims,
    buildSeconds: 0,
    bytes: 0,
  };
}

const PUBLISHERS = ['Reuters', 'AP', 'dpa', 'AFP', 'Destatis', 'Eurostat', 'BBC', 'Tagesschau', 'ONS', 'IMF'];
const VERDICTS = ['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'unverifiable'];
const ASSIGNEES = ['Anna', 'Ben', 'Chiara', 'Deniz', 'Emil'];

/**
 * Two claims per article (its claim-worthy sentences, or any sentence when it has fewer), each
 * with its change-log entry; half get a verdict, a rationale and a source. Every 200th claim is
 * assigned to the report desk (REPORT_CLAIMS in all at 100,000 articles).
 */
async function addClaims(
  tx: SqlExecutor,
  articles: ReadonlyArray<{ id: number; quotes: string[] }>,
  r: () => number,
  counts: { claims: number; sources: number; reportClaims: number },
): Promise<void> {
  const at = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString();
  for (const { id, quotes } of articles) {
    const row = await tx.get<{ text: string }>('SELECT text FROM article WHERE id = ?', [id]);
    if (!row) continue;
    const picked = [...quotes];
    if (picked.length < 2) picked.push(...(row.text.match(/[^.]{20,200}\./g) ?? []).slice(0, 2 - picked.length).map((s) => s.trim()));
    let from = 0;
    for (const quote of picked.slice(0, 2)) {
      const start = row.text.indexOf(quote, from);
      if (start < 0) continue;
      from = start + quote.length;
      const anchor = describeRange(row.text, start, start + quote.length);
      const report = counts.claims % 200 === 0;
      const withVerdict = report || r() < 0.5;
      const verdict = withVerdict ? (VERDICTS[Math.floor(r() * VERDICTS.length)] as string) : null;
      const status: ClaimStatus = report ? 'approved' : (CLAIM_STATUSES[Math.floor(r() * CLAIM_STATUSES.length)] as ClaimStatus);
      const reviewer = ASSIGNEES[Math.floor(r() * ASSIGNEES.length)] as string;
      const claimant = quote.split(' ')[0] ?? null;
      const claimId = await insertClaim(tx, {
        articleId: id,
        anchor,
        claimReviewed: anchor.quote.exact,
        claimant,
        verdict,
        status,
        createdBy: reviewer,
        at,
      });
      const rationale = withVerdict ? `Checked against official figures (${PUBLISHERS[Math.floor(r() * PUBLISHERS.length)]}); see the linked sources.` : null;
      const assignee = report ? REPORT_REVIEWER : (ASSIGNEES[Math.floor(r() * ASSIGNEES.length)] as string);
      await tx.run('UPDATE claim SET rationale = ?, assignee = ? WHERE id = ?', [rationale, assignee, claimId]);
      await appendChange(tx, {
        at,
        reviewer,
        entity: 'claim',
        entityId: claimId,
        articleId: id,
        claimId,
        action: 'create',
        before: null,
        after: { quote: anchor.quote, position: anchor.position, claimReviewed: anchor.quote.exact, claimant, verdict, status, rationale, assignee },
      });
      counts.claims++;
      if (report) counts.reportClaims++;
      if (withVerdict) {
        const publisher = PUBLISHERS[Math.floor(r() * PUBLISHERS.length)] as string;
        const sourceId = await insertSource(tx, {
          claimId,
          url: `https://example.org/${publisher.toLowerCase()}/${claimId}`,
          title: `${publisher}: ${quote.slice(0, 60)}`,
          publisher,
          date: at.slice(0, 10),
          excerpt: quote.slice(0, 120),
          stance: r() < 0.5 ? 'refutes' : 'supports',
          archiveUrl: null,
          at,
        });
        await appendChange(tx, {
          at,
          reviewer,
          entity: 'source',
          entityId: sourceId,
          articleId: id,
          claimId,
          action: 'create',
          before: null,
          after: { url: `https://example.org/${publisher.toLowerCase()}/${claimId}`, publisher },
        });
        counts.sources++;
      }
    }
  }
}
