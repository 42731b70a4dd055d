// Storing imported articles: parsed files go in batches, one transaction per batch (thousands of
// articles per second); a failing article undoes only its own statement, so it fails alone.
// The same text imported again returns the article already there.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { ImportOutcome } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import type { Problem } from '@common/domain/problem';
import type { ParsedArticle } from '@common/domain/types';
import { collectImportFiles, MAX_IMPORT_BYTES, type SkippedPath } from './index';
import { importReader } from './reader-thread';
import { importFailure, importProblem } from './problems';
import { problemText } from '@common/i18n/problems';
import { appendChanges, type NewChange } from '../store/repositories/changelog';
import { findArticleByHash, insertArticle, insertArticles } from '../store/repositories/articles';
import { sqliteErrorCode, type Connection, type SqlExecutor } from '../store/sqlite';

/** Articles per write transaction: large enough to amortise the commit's fsync, small enough to keep locks short. */
export const IMPORT_BATCH_SIZE = 250;

export type ImportProgress = (done: number, total: number, outcome: ImportOutcome) => void;

export interface ImportContext {
  connection: Connection;
  reviewer: () => string;
  now: () => Date;
  /** Called inside each write that logged a change, so the change feed knows this copy wrote. */
  onWrite: () => void;
}

type Refused = { fileName: string; error: string; problem?: Problem };
type Prepared = { fileName: string; parsed: ParsedArticle } | Refused;

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export { importFailure };

/** Parses files on the import worker (never on this thread, which keeps answering the API). */
async function parseAll(files: Array<{ fileName: string; bytes: Uint8Array }>): Promise<Prepared[]> {
  if (files.length === 0) return [];
  const read = await importReader.readArticles(files);
  return read.map((r) => ('article' in r ? { fileName: r.fileName, parsed: r.article } : r));
}

/** Parses the files that could be read; the others keep their reason, in order. */
async function parseReadable(items: Array<{ fileName: string; bytes: Uint8Array } | Refused>): Promise<Prepared[]> {
  const readable = items.filter((i): i is { fileName: string; bytes: Uint8Array } => 'bytes' in i);
  const parsed = await parseAll(readable);
  let next = 0;
  return items.map((i) => ('bytes' in i ? parsed[next++]! : i));
}

/** Files the renderer handed over as base64 (button or drop). */
export async function importEncodedFiles(
  ctx: ImportContext,
  files: ReadonlyArray<{ name: string; data: string }>,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (let i = 0; i < files.length; i += IMPORT_BATCH_SIZE) {
    const decoded = files.slice(i, i + IMPORT_BATCH_SIZE).map((f) => {
      const fileName = basename(f.name);
      // Base64 is 4 characters per 3 bytes: refuse huge files before decoding them.
      if (Math.floor((f.data.length * 3) / 4) > MAX_IMPORT_BYTES + 3) {
        return refused(importProblem('tooLargeOver', { file: fileName, max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }), fileName);
      }
      return { fileName, bytes: new Uint8Array(Buffer.from(f.data, 'base64')) };
    });
    outcomes.push(...(await storeBatch(ctx, await parseReadable(decoded))));
  }
  return outcomes;
}

/** Files and folders on disk, with progress after each stored batch. */
export async function importPaths(ctx: ImportContext, paths: string[], onProgress?: ImportProgress): Promise<ImportOutcome[]> {
  // A path that does not exist fails alone; the others are still imported.
  const present: string[] = [];
  const missing: ImportOutcome[] = [];
  for (const path of paths) {
    if (await exists(path)) present.push(path);
    else missing.push(failed(refused(importProblem('missing', { path }), basename(path))));
  }
  // An unreadable subfolder is skipped and reported like a failed file; the rest is imported.
  const skipped: SkippedPath[] = [];
  const files = present.length > 0 ? await collectImportFiles(present, skipped) : [];
  for (const skip of skipped) missing.push({ fileName: basename(skip.path), ok: false, error: skip.message, problem: skip.problem });
  const total = files.length + missing.length;
  const outcomes: ImportOutcome[] = [];
  const report = (stored: ImportOutcome[]): void => {
    for (const outcome of stored) {
      outcomes.push(outcome);
      onProgress?.(outcomes.length, total, outcome);
    }
  };
  report(missing);
  // Pipelined: the next batch is read and parsed while the previous one is being written.
  let writing: Promise<ImportOutcome[]> | null = null;
  for (let i = 0; i < files.length; i += IMPORT_BATCH_SIZE) {
    const batch = await readAndParse(files.slice(i, i + IMPORT_BATCH_SIZE));
    if (writing) report(await writing);
    writing = storeBatch(ctx, batch);
    // Observed here so a failure while the next batch is read is not "unhandled"; awaited above.
    writing.catch(() => undefined);
  }
  if (writing) report(await writing);
  return outcomes;
}

/** Read and parsed on the import worker: the file's bytes never pass through this thread. */
async function readAndParse(paths: string[]): Promise<Prepared[]> {
  const read = await importReader.readArticleFiles(paths.map((path) => ({ fileName: basename(path), path })));
  return read.map((r) => ('article' in r ? { fileName: r.fileName, parsed: r.article } : r));
}

/** Articles per INSERT: one trip to SQLite's thread for 50 articles instead of one each (14 parameters a row). */
const ARTICLES_PER_INSERT = 50;

interface Storable {
  index: number;
  fileName: string;
  parsed: ParsedArticle;
  hash: string;
}

async function storeBatch(ctx: ImportContext, batch: Prepared[]): Promise<ImportOutcome[]> {
  if (!batch.some((p) => 'parsed' in p)) return batch.map(failed);
  const at = ctx.now().toISOString();
  const reviewer = ctx.reviewer();
  const storable: Storable[] = [];
  batch.forEach((item, index) => {
    if ('parsed' in item) storable.push({ index, fileName: item.fileName, parsed: item.parsed, hash: contentHash(item.parsed.text) });
  });
  // Outcomes are rebuilt on every attempt: a busy retry reruns the whole transaction.
  return ctx.connection.write(async (tx) => {
    const done = batch.map((item) => ('parsed' in item ? null : failed(item)));
    const created: NewChange[] = [];
    for (let i = 0; i < storable.length; i += ARTICLES_PER_INSERT) {
      const chunk = storable.slice(i, i + ARTICLES_PER_INSERT);
      let ids: Map<string, number>;
      try {
        ids = await insertArticles(tx, chunk.map((a) => ({ parsed: a.parsed, contentHash: a.hash })), at);
      } catch (e) {
        // One of them breaks a rule, which undid the whole statement: one by one, so it fails alone.
        if (!sqliteErrorCode(e)?.startsWith('SQLITE_CONSTRAINT')) throw e;
        for (const a of chunk) done[a.index] = await storeOne(tx, a.fileName, a.parsed, at, reviewer, created);
        continue;
      }
      for (const a of chunk) {
        const id = ids.get(a.hash);
        // A second file with the same text in this batch is a duplicate of the first.
        ids.delete(a.hash);
        if (id === undefined) {
          done[a.index] = await existingArticle(tx, a.fileName, a.hash);
        } else {
          created.push(articleCreation(id, a.parsed, a.hash, at, reviewer));
          done[a.index] = { fileName: a.fileName, ok: true, articleId: id, title: a.parsed.title, duplicate: false };
        }
      }
    }
    if (created.length > 0) {
      await appendChanges(tx, created);
      ctx.onWrite();
    }
    return done.map((outcome, index) => outcome ?? failed(batch[index] as Prepared));
  });
}

/** A refusal said by key, with its English as the error. */
function refused(problem: Problem, fileName: string): Refused {
  return { fileName, error: problemText('en', problem), problem };
}

function failed(item: Prepared): ImportOutcome {
  if (!('error' in item)) return { fileName: item.fileName, ok: false, error: 'unknown error' };
  return { fileName: item.fileName, ok: false, error: item.error, ...(item.problem === undefined ? {} : { problem: item.problem }) };
}

async function storeOne(
  tx: SqlExecutor,
  fileName: string,
  parsed: ParsedArticle,
  at: string,
  reviewer: string,
  created: NewChange[],
): Promise<ImportOutcome> {
  const hash = contentHash(parsed.text);
  let id: number | null;
  try {
    id = await insertArticle(tx, parsed, hash, at);
  } catch (e) {
    // A constraint failure undoes only its own statement (and its triggers): the batch goes on.
    if (!sqliteErrorCode(e)?.startsWith('SQLITE_CONSTRAINT')) throw e;
    return { fileName, ok: false, error: importFailure(fileName, e) };
  }
  if (id === null) return existingArticle(tx, fileName, hash);
  created.push(articleCreation(id, parsed, hash, at, reviewer));
  return { fileName, ok: true, articleId: id, title: parsed.title, duplicate: false };
}

/** The outcome for a text that is already stored: the article it is. */
async function existingArticle(tx: SqlExecutor, fileName: string, hash: string): Promise<ImportOutcome> {
  const existing = await findArticleByHash(tx, hash);
  if (!existing) throw new FactdeskError('internal', `${fileName}: its text is stored, but the article cannot be found.`);
  return { fileName, ok: true, articleId: existing.id, title: existing.title, duplicate: true };
}

/** The change-log entry of a new article (also written for the sample article; web imports add how the page was fetched). */
export function articleCreation(id: number, parsed: ParsedArticle, hash: string, at: string, reviewer: string): NewChange {
  const { text, ...metadata } = parsed;
  // The text itself stays out of the log (it would double the file); its hash and length identify it.
  return {
    at,
    reviewer,
    entity: 'article',
    entityId: id,
    articleId: id,
    claimId: null,
    action: 'create',
    before: null,
    after: { ...metadata, contentHash: hash, textLength: text.length },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
