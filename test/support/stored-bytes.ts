// Reads what a Factdesk file keeps in its blob store, the way another program would (plain SQL),
// so the hash checks do not trust Factdesk's own reading code.
import { createHash } from 'node:crypto';
import { openConnection } from '../../main/core/store/sqlite';

/** SHA-256 of the bytes stored under `sha256` (recomputed from the chunks), or null when absent. */
export async function rehashStored(path: string, sha256: string): Promise<string | null> {
  const raw = await openConnection(path, { readOnly: true });
  try {
    const chunks = await raw.all<{ data: Uint8Array }>('SELECT data FROM blob_chunk WHERE sha256 = ? ORDER BY seq', [sha256]);
    if (chunks.length === 0) return null;
    const hash = createHash('sha256');
    for (const c of chunks) hash.update(c.data);
    return hash.digest('hex');
  } finally {
    await raw.close();
  }
}

/** Rows of each evidence table: what "nothing was written" is checked against. */
export async function evidenceRowCounts(path: string): Promise<Record<string, number>> {
  const raw = await openConnection(path, { readOnly: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of ['article', 'article_version', 'blob', 'blob_chunk', 'evidence', 'change_log']) {
      counts[table] = (await raw.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
    }
    return counts;
  } finally {
    await raw.close();
  }
}

/** The change-log entries about evidence, as stored: who added or removed what, with what details. */
export async function evidenceChanges(path: string): Promise<Array<{ reviewer: string; entity_id: number; action: string; before_json: string | null; after_json: string | null }>> {
  const raw = await openConnection(path, { readOnly: true });
  try {
    return await raw.all("SELECT reviewer, entity_id, action, before_json, after_json FROM change_log WHERE entity = 'evidence' ORDER BY id");
  } finally {
    await raw.close();
  }
}
