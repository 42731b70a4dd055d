// The newsroom-scale database (100,000 articles, 200,000 claims, sources, change log), built once
// through the core and cached under bench/results/cache/, keyed by seed, size and this file's
// data version, so reruns start in seconds. Articles go through core.importPaths (the path users
// hit); claims, sources and their change-log entries in large transactions on the store's adapter
// (the per-claim API would commit 200,000 times, which is a test of fsync, not of the data).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeRange } from '../main/core/anchoring/selectors';
import type { ClaimStatus } from '@common/domain/types';
import { openFactdesk } from '../main/core/service';
import { LATEST_SCHEMA_VERSION } from '../main/core/store/migrations';
import { openDatabase } from '../main/core/store/open';
import { appendChanges, type NewChange } from '../main/core/store/repositories/changelog';
import type { SqlExecutor, SqlValue } from '../main/core/store/sqlite';
import { generateArticle, generateLongArticle, writeSeedFolder } from './generate';
import { prng } from '../test/support/prng';

/** Bump when the generated data changes, so stale caches are not reused. */
const DATA_VERSION = 5;

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
const CLAIM_BATCH = 10_000;

export async function cachedDataset(
  cacheDir: string,
  seed: number,
  articles: number,
  log: (line: string) => void,
): Promise<Dataset> {
  // The schema version is in the key too: a cached file from an older schema would be migrated
  // (and backed up, a gigabyte) on every run.
  const name = `factdesk-s${seed}-a${articles}-v${DATA_VERSION}-schema${LATEST_SCHEMA_VERSION}`;
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
  // The generated files only pass through: in memory (tmpfs) when there is one, so writing and
  // deleting 100,000 small files does not wait for a disk other processes are using.
  const scratch = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : cacheDir, 'factdesk-bench-'));
  try {
    const folder = (start: number) => join(scratch, `import-${start}`);
    // The next chunk's files are written while this chunk's claims are stored (that waits on
    // SQLite's thread; writing the files is this thread's work).
    let nextFiles = writeSeedFolder(folder(0), Math.min(CHUNK, articles), seed, 0);
    for (let start = 0; start < articles; start += CHUNK) {
      const count = Math.min(CHUNK, articles - start);
      const t0 = process.hrtime.bigint();
      const quotes = await nextFiles;
      const t1 = process.hrtime.bigint();
      const outcomes = await core.importPaths([folder(start)]);
      await rm(folder(start), { recursive: true, force: true });
      const t2 = process.hrtime.bigint();
      const following = start + CHUNK;
      if (following < articles) nextFiles = writeSeedFolder(folder(following), Math.min(CHUNK, articles - following), seed, following);
      const imported = outcomes.flatMap((o) => (o.ok && !o.duplicate && o.articleId !== undefined ? [{ id: o.articleId, quotes: quotes.get(o.fileName) ?? [] }] : []));
      for (let i = 0; i < imported.length; i += CLAIM_BATCH) {
        await bulk.connection.write((tx) => addClaims(tx, imported.slice(i, i + CLAIM_BATCH), r, counts));
      }
      const s = (a: bigint, b: bigint) => (Number(b - a) / 1e9).toFixed(1);
      log(
        `dataset: ${start + count} / ${articles} articles, ${counts.claims} claims ` +
          `(waiting for files ${s(t0, t1)} s, import ${s(t1, t2)} s, claims ${s(t2, process.hrtime.bigint())} s)`,
      );
    }

    // The reader's worst case and an ordinary article to mark claims in: imported last, so they
    // head the list (newest first), where a reviewer finds them.
    const dir = join(scratch, 'import-special');
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
    await rm(scratch, { recursive: true, force: true });
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
const REVIEWERS = ['Anna', 'Ben', 'Chiara', 'Deniz', 'Emil'];

/**
 * Where the claims of a desk's archive stand: nearly all closed, a working set open
 * (cumulative shares; needs_review claims always carry a verdict, someone set it).
 */
const STATUS_SHARES: ReadonlyArray<[ClaimStatus, number]> = [
  ['draft', 0.015],
  ['in_research', 0.03],
  ['needs_review', 0.035],
  ['approved', 0.25],
  ['published', 0.85],
  ['rejected', 1],
];

function pickStatus(x: number): ClaimStatus {
  return (STATUS_SHARES.find(([, upTo]) => x < upTo) ?? STATUS_SHARES[STATUS_SHARES.length - 1])?.[0] ?? 'published';
}

const CLAIM_COLUMNS = `article_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, claim_reviewed,
  claimant, verdict, rationale, status, assignee, verdict_set_by, approved_by, created_by, created_at, updated_at`;
const SOURCE_COLUMNS = 'claim_id, url, title, publisher, source_date, excerpt, stance, archive_url, created_at, updated_at';
/** Rows per INSERT: one statement per 50 rows instead of one per row (each costs a trip to SQLite's thread). */
const ROWS_PER_INSERT = 50;

async function insertRows(tx: SqlExecutor, table: string, columns: string, rows: SqlValue[][], returning: string): Promise<Array<Record<string, number>>> {
  const out: Array<Record<string, number>> = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const placeholders = chunk.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
    out.push(...(await tx.all<Record<string, number>>(`INSERT INTO ${table} (${columns}) VALUES ${placeholders} RETURNING ${returning}`, chunk.flat())));
  }
  return out;
}

interface PlannedClaim {
  row: SqlValue[];
  articleId: number;
  start: number;
  at: string;
  author: string;
  after: Record<string, unknown>;
  source: { row: (claimId: number) => SqlValue[]; after: (claimId: number) => Record<string, unknown> } | null;
}

/**
 * Two claims per article (its claim-worthy sentences, or any sentence when it has fewer), each
 * with its change-log entry; claims with a verdict get a rationale and a source. Every 200th
 * claim is assigned to the report desk (REPORT_CLAIMS in all at 100,000 articles). Rows go in
 * as multi-row INSERTs; the schema's triggers index them for search as usual.
 */
async function addClaims(
  tx: SqlExecutor,
  articles: ReadonlyArray<{ id: number; quotes: string[] }>,
  r: () => number,
  counts: { claims: number; sources: number; reportClaims: number },
): Promise<void> {
  if (articles.length === 0) return;
  const ids = articles.map((a) => a.id);
  const texts = new Map(
    (await tx.all<{ id: number; text: string }>('SELECT id, text FROM article WHERE id BETWEEN ? AND ?', [Math.min(...ids), Math.max(...ids)])).map(
      (row) => [row.id, row.text],
    ),
  );
  const planned: PlannedClaim[] = [];
  for (const { id, quotes } of articles) {
    const text = texts.get(id);
    if (text === undefined) continue;
    const at = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86_400_000).toISOString();
    const picked = [...quotes];
    if (picked.length < 2) picked.push(...(text.match(/[^.]{20,200}\./g) ?? []).slice(0, 2 - picked.length).map((s) => s.trim()));
    let from = 0;
    for (const quote of picked.slice(0, 2)) {
      const start = text.indexOf(quote, from);
      if (start < 0) continue;
      from = start + quote.length;
      const anchor = describeRange(text, start, start + quote.length);
      const report = counts.claims % 200 === 0;
      const status: ClaimStatus = report ? 'approved' : pickStatus(r());
      const withVerdict = report || status === 'needs_review' || (status !== 'draft' && status !== 'in_research' && r() < 0.9);
      const verdict = withVerdict ? (VERDICTS[Math.floor(r() * VERDICTS.length)] as string) : null;
      const author = REVIEWERS[Math.floor(r() * REVIEWERS.length)] as string;
      const assignee = report ? REPORT_REVIEWER : (REVIEWERS[Math.floor(r() * REVIEWERS.length)] as string);
      const approvedBy = status === 'approved' || status === 'published' ? (REVIEWERS[Math.floor(r() * REVIEWERS.length)] as string) : null;
      const claimant = quote.split(' ')[0] ?? null;
      const rationale = withVerdict ? `Checked against official figures (${PUBLISHERS[Math.floor(r() * PUBLISHERS.length)]}); see the linked sources.` : null;
      let source: PlannedClaim['source'] = null;
      if (withVerdict) {
        const publisher = PUBLISHERS[Math.floor(r() * PUBLISHERS.length)] as string;
        const stance = r() < 0.5 ? 'refutes' : 'supports';
        const url = (claimId: number) => `https://example.org/${publisher.toLowerCase()}/${claimId}`;
        source = {
          row: (claimId) => [claimId, url(claimId), `${publisher}: ${quote.slice(0, 60)}`, publisher, at.slice(0, 10), quote.slice(0, 120), stance, null, at, at],
          after: (claimId) => ({ url: url(claimId), publisher }),
        };
      }
      planned.push({
        row: [
          id, anchor.quote.exact, anchor.quote.prefix, anchor.quote.suffix, anchor.position.start, anchor.position.end,
          anchor.quote.exact, claimant, verdict, rationale, status, assignee, verdict === null ? null : author, approvedBy, author, at, at,
        ],
        articleId: id,
        start,
        at,
        author,
        after: { quote: anchor.quote, position: anchor.position, claimReviewed: anchor.quote.exact, claimant, verdict, status, rationale, assignee },
        source,
      });
      counts.claims++;
      if (report) counts.reportClaims++;
    }
  }
  // RETURNING's row order is not promised: claims are matched back by (article, start).
  const claimIds = new Map(
    (await insertRows(tx, 'claim', CLAIM_COLUMNS, planned.map((p) => p.row), 'id, article_id, pos_start')).map((row) => [
      `${row.article_id}:${row.pos_start}`,
      row.id as number,
    ]),
  );
  const claimIdOf = (p: PlannedClaim): number => {
    const claimId = claimIds.get(`${p.articleId}:${p.start}`);
    if (claimId === undefined) throw new Error(`dataset: claim of article ${p.articleId} at ${p.start} was not stored`);
    return claimId;
  };
  const withSource = planned.filter((p) => p.source !== null);
  const sourceIds = new Map(
    (await insertRows(tx, 'source', SOURCE_COLUMNS, withSource.map((p) => p.source?.row(claimIdOf(p)) ?? []), 'id, claim_id')).map((row) => [
      row.claim_id as number,
      row.id as number,
    ]),
  );
  counts.sources += withSource.length;
  const changes: NewChange[] = [];
  for (const p of planned) {
    const claimId = claimIdOf(p);
    const base = { at: p.at, reviewer: p.author, articleId: p.articleId, claimId, action: 'create' as const, before: null };
    changes.push({ ...base, entity: 'claim', entityId: claimId, after: p.after });
    const sourceId = sourceIds.get(claimId);
    if (p.source !== null && sourceId !== undefined) changes.push({ ...base, entity: 'source', entityId: sourceId, after: p.source.after(claimId) });
  }
  await appendChanges(tx, changes);
}
