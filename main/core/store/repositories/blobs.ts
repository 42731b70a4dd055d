// Content-addressed bytes (evidence files, page snapshots, archived copies), kept in chunks so a
// 200 MB file is written and read a chunk at a time. A blob is stored once per SHA-256.
import type { SqlExecutor } from '../sqlite';

/** 1 MiB: few statements for a large file, little memory per statement. */
export const BLOB_CHUNK_BYTES = 1024 * 1024;

export async function blobSize(tx: SqlExecutor, sha256: string): Promise<number | undefined> {
  const row = await tx.get<{ size: number }>('SELECT size FROM blob WHERE sha256 = ?', [sha256]);
  return row?.size;
}

export async function insertBlob(tx: SqlExecutor, sha256: string, size: number, at: string): Promise<void> {
  await tx.run('INSERT INTO blob (sha256, size, stored_at) VALUES (?, ?, ?)', [sha256, size, at]);
}

export async function insertBlobChunk(tx: SqlExecutor, sha256: string, seq: number, data: Uint8Array): Promise<void> {
  await tx.run('INSERT INTO blob_chunk (sha256, seq, data) VALUES (?, ?, ?)', [sha256, seq, data]);
}

export async function blobChunkCount(tx: SqlExecutor, sha256: string): Promise<number> {
  const row = await tx.get<{ n: number }>('SELECT count(*) AS n FROM blob_chunk WHERE sha256 = ?', [sha256]);
  return row?.n ?? 0;
}

export async function readBlobChunk(tx: SqlExecutor, sha256: string, seq: number): Promise<Uint8Array | undefined> {
  const row = await tx.get<{ data: Uint8Array }>('SELECT data FROM blob_chunk WHERE sha256 = ? AND seq = ?', [sha256, seq]);
  return row?.data;
}

/** Deletes the bytes when no evidence still in use and no article version refers to them. */
export async function deleteBlobIfUnused(tx: SqlExecutor, sha256: string): Promise<boolean> {
  const result = await tx.run(
    `DELETE FROM blob WHERE sha256 = ?1
       AND NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ?1 AND removed_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM article_version WHERE snapshot_sha256 = ?1)`,
    [sha256],
  );
  return result.changes > 0;
}
