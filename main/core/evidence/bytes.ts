// Moving bytes between files (or memory) and the database's blob store, a chunk at a time: a
// 200 MB evidence file is never held in memory whole, and its SHA-256 is checked as it is written.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { FactdeskError } from '@common/domain/errors';
import { BLOB_CHUNK_BYTES, blobChunkCount, blobSize, insertBlob, insertBlobChunk, readBlobChunk } from '../store/repositories/blobs';
import type { SqlExecutor } from '../store/sqlite';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The SHA-256 and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: BLOB_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Stores bytes held in memory (a fetched page, a screenshot) unless the same bytes are stored. */
export async function storeBytes(tx: SqlExecutor, bytes: Uint8Array, sha256: string, at: string): Promise<void> {
  if ((await blobSize(tx, sha256)) !== undefined) return;
  await insertBlob(tx, sha256, bytes.length, at);
  for (let seq = 0, offset = 0; offset < bytes.length || seq === 0; seq++, offset += BLOB_CHUNK_BYTES) {
    await insertBlobChunk(tx, sha256, seq, bytes.subarray(offset, offset + BLOB_CHUNK_BYTES));
  }
}

/**
 * Stores a file whose hash was taken before (hashFile), reading it again chunk by chunk. If the
 * file changed in between, the hashes differ and the caller's transaction is undone.
 */
export async function storeFile(tx: SqlExecutor, path: string, expected: { sha256: string; size: number }, at: string): Promise<void> {
  if ((await blobSize(tx, expected.sha256)) !== undefined) return;
  await insertBlob(tx, expected.sha256, expected.size, at);
  const hash = createHash('sha256');
  let seq = 0;
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: BLOB_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    await insertBlobChunk(tx, expected.sha256, seq++, chunk);
  }
  if (seq === 0) await insertBlobChunk(tx, expected.sha256, 0, new Uint8Array());
  if (size !== expected.size || hash.digest('hex') !== expected.sha256) {
    throw new FactdeskError('bad_import', `${path} changed while it was being stored; nothing was added. Try again once it is complete.`);
  }
}

/** Writes stored bytes to a stream chunk by chunk, waiting for the stream to drain between chunks. */
export async function writeBlobTo(tx: SqlExecutor, sha256: string, out: Writable): Promise<number> {
  const chunks = await blobChunkCount(tx, sha256);
  if (chunks === 0) throw new FactdeskError('not_found', `The bytes with SHA-256 ${sha256} are no longer stored in this file.`);
  let written = 0;
  for (let seq = 0; seq < chunks; seq++) {
    const data = await readBlobChunk(tx, sha256, seq);
    if (data === undefined) throw new FactdeskError('internal', `Part ${seq + 1} of the bytes with SHA-256 ${sha256} is missing.`);
    written += data.length;
    if (!out.write(data)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
  return written;
}

/** Stored bytes read whole: only for small things (a page snapshot, a thumbnail). */
export async function readBlob(tx: SqlExecutor, sha256: string): Promise<Buffer> {
  const chunks = await blobChunkCount(tx, sha256);
  const parts: Uint8Array[] = [];
  for (let seq = 0; seq < chunks; seq++) {
    const data = await readBlobChunk(tx, sha256, seq);
    if (data !== undefined) parts.push(data);
  }
  return Buffer.concat(parts);
}
