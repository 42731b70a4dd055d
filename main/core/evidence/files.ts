// Evidence files on disk: attached to a source (hashed, then streamed into the database in chunks,
// stored once per SHA-256) and written back out byte for byte. In-process only (the CLI); the
// workbench hands files over through the contract.
import { createWriteStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { finished } from 'node:stream/promises';
import { FactdeskError } from '@common/domain/errors';
import { MAX_EVIDENCE_BYTES, type Evidence } from '@common/domain/evidence';
import type { CoreContext } from '../context';
import { unreadableBecause } from '../import/files';
import { getClaim } from '../store/repositories/claims';
import { findEvidenceBySha256, getEvidence, insertEvidence } from '../store/repositories/evidence';
import { getSource } from '../store/repositories/sources';
import type { SqlExecutor } from '../store/sqlite';
import { hashFile, sha256Of, storeBytes, storeFile, writeBlobTo } from './bytes';
import type { EvidenceOutcome } from '@common/contract';
import { mediaTypeOf } from './media-type';

export type { EvidenceOutcome } from '@common/contract';

/** Attaches each file to the source; a file that cannot be added fails alone, with a sentence. */
export async function addEvidenceFiles(ctx: CoreContext, sourceId: number, paths: readonly string[]): Promise<EvidenceOutcome[]> {
  await ctx.connection.read((tx) => sourceOrThrow(tx, sourceId));
  const outcomes: EvidenceOutcome[] = [];
  for (const path of paths) {
    try {
      outcomes.push(await addEvidenceFile(ctx, sourceId, path));
    } catch (e) {
      outcomes.push({ fileName: basename(path), ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return outcomes;
}

async function addEvidenceFile(ctx: CoreContext, sourceId: number, path: string): Promise<EvidenceOutcome> {
  const fileName = basename(path);
  const head = await checkedHead(path, fileName);
  // Hashed first, outside the write lock; storeFile checks the hash again as it writes.
  const digest = await hashFile(path);
  if (digest.size > MAX_EVIDENCE_BYTES) throw tooLarge(fileName);
  return attach(ctx, sourceId, { fileName, ...digest, mediaType: mediaTypeOf(fileName, head) }, (tx, at) => storeFile(tx, path, digest, at));
}

/** Bytes handed over whole (a file dropped in the workbench). */
export async function addEvidenceBytes(ctx: CoreContext, sourceId: number, name: string, bytes: Uint8Array): Promise<EvidenceOutcome> {
  const fileName = basename(name);
  if (bytes.length > MAX_EVIDENCE_BYTES) throw tooLarge(fileName);
  const sha256 = sha256Of(bytes);
  return attach(ctx, sourceId, { fileName, sha256, size: bytes.length, mediaType: mediaTypeOf(fileName, bytes.subarray(0, 16)) }, (tx, at) =>
    storeBytes(tx, bytes, sha256, at),
  );
}

/** One write: the bytes stored once per hash, the evidence row, and the change-log entry. */
async function attach(
  ctx: CoreContext,
  sourceId: number,
  file: { fileName: string; sha256: string; size: number; mediaType: string },
  store: (tx: SqlExecutor, at: string) => Promise<void>,
): Promise<EvidenceOutcome> {
  const { fileName } = file;
  return ctx.write(async (tx, at) => {
    const source = await sourceOrThrow(tx, sourceId);
    const attached = await findEvidenceBySha256(tx, sourceId, file.sha256);
    if (attached) return { fileName, ok: true, evidence: attached, duplicate: true };
    await store(tx, at);
    const evidence = await insertEvidence(tx, { sourceId, kind: 'file', fileName, url: null, mediaType: file.mediaType, sha256: file.sha256, size: file.size, capturedAt: at, addedBy: ctx.reviewer });
    await logEvidence(ctx, tx, at, source.claimId, evidence, { action: 'create' });
    return { fileName, ok: true, evidence, duplicate: false };
  });
}

/** Writes an evidence file's bytes to `outPath`, a chunk at a time; returns the bytes written. */
export async function saveEvidenceTo(ctx: CoreContext, evidenceId: number, outPath: string): Promise<{ evidence: Evidence; bytes: number }> {
  const evidence = keptOrThrow(await ctx.connection.read((tx) => evidenceOrThrow(tx, evidenceId)));
  const out = createWriteStream(outPath, { flags: 'wx' });
  const opened = new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new FactdeskError('invalid_input', `${outPath} cannot be written: ${unwritableBecause(e)}.`);
  }
  // A read transaction: one consistent snapshot of the chunks, however long the copy takes.
  try {
    const bytes = await ctx.connection.read((tx) => writeBlobTo(tx, evidence.sha256, out));
    out.end();
    await finished(out);
    return { evidence, bytes };
  } catch (e) {
    // A partial copy would pass for the evidence: it goes.
    out.destroy();
    await rm(outPath, { force: true });
    throw e;
  }
}

/** Removed evidence keeps only its hash: its bytes are refused with who removed it and why. */
export function keptOrThrow(evidence: Evidence): Evidence {
  if (evidence.removedAt === null) return evidence;
  throw new FactdeskError(
    'not_found',
    `Evidence ${evidence.id} was removed by ${evidence.removedBy ?? 'someone'} (${evidence.removalReason ?? 'no reason given'}); only its SHA-256 ${evidence.sha256} is kept.`,
  );
}

export async function evidenceOrThrow(tx: SqlExecutor, id: number): Promise<Evidence> {
  const evidence = await getEvidence(tx, id);
  if (!evidence) throw new FactdeskError('not_found', `There is no evidence ${id}.`, { entity: 'evidence', id });
  return evidence;
}

export async function sourceOrThrow(tx: SqlExecutor, sourceId: number): Promise<{ claimId: number }> {
  const source = await getSource(tx, sourceId);
  if (!source) throw new FactdeskError('not_found', `There is no source ${sourceId}.`, { entity: 'source', id: sourceId });
  return source;
}

/**
 * Evidence has change-log entries of its own, under its source's claim and article: created when
 * added or archived, deleted when removed (the entry keeps the reason and the hash).
 */
export async function logEvidence(
  ctx: CoreContext,
  tx: SqlExecutor,
  at: string,
  claimId: number,
  evidence: Evidence,
  change: { action: 'create'; details?: Record<string, unknown> } | { action: 'delete'; reason: string },
): Promise<void> {
  const claim = await getClaim(tx, claimId);
  const summary = evidenceSummary(evidence);
  await ctx.change(tx, at, {
    entity: 'evidence',
    entityId: evidence.id,
    articleId: claim?.articleId ?? null,
    claimId,
    action: change.action,
    before: change.action === 'create' ? null : summary,
    after: change.action === 'create' ? { ...summary, ...change.details } : { removalReason: change.reason, sha256: evidence.sha256 },
  });
}

function evidenceSummary(e: Evidence): Record<string, unknown> {
  return { sourceId: e.sourceId, kind: e.kind, fileName: e.fileName, url: e.url, mediaType: e.mediaType, sha256: e.sha256, size: e.size };
}

/** The first bytes (for the media type), after refusing what is not a readable file or too large. */
async function checkedHead(path: string, fileName: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new FactdeskError('bad_import', `${path} does not exist; nothing was added.`);
  }
  if (!info.isFile()) throw new FactdeskError('bad_import', `${fileName} is not a file; nothing was added.`);
  if (info.size > MAX_EVIDENCE_BYTES) throw tooLarge(fileName);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new FactdeskError('bad_import', `${fileName} was not added: ${unreadableBecause(e)}.`);
  }
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function tooLarge(fileName: string): FactdeskError {
  return new FactdeskError('bad_import', `${fileName} is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB, the most an evidence file may be; nothing was added.`);
}

function unwritableBecause(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EEXIST') return 'a file of that name exists (Factdesk does not overwrite it)';
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (e instanceof Error ? e.message : String(e));
}
