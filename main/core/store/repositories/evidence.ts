// Evidence rows: files attached to a source and copies captured by archiving it.
import type { Evidence, EvidenceKind } from '@common/domain/evidence';
import type { SqlExecutor } from '../sqlite';

interface EvidenceRow {
  id: number;
  source_id: number;
  kind: string;
  file_name: string | null;
  url: string | null;
  media_type: string;
  sha256: string;
  size: number;
  captured_at: string;
  added_by: string;
  removed_at: string | null;
  removed_by: string | null;
  removal_reason: string | null;
}

const COLUMNS =
  'id, source_id, kind, file_name, url, media_type, sha256, size, captured_at, added_by, removed_at, removed_by, removal_reason';

function toEvidence(r: EvidenceRow): Evidence {
  return {
    id: r.id,
    sourceId: r.source_id,
    kind: r.kind as EvidenceKind,
    fileName: r.file_name,
    url: r.url,
    mediaType: r.media_type,
    sha256: r.sha256,
    size: r.size,
    capturedAt: r.captured_at,
    addedBy: r.added_by,
    removedAt: r.removed_at,
    removedBy: r.removed_by,
    removalReason: r.removal_reason,
  };
}

export type NewEvidence = Omit<Evidence, 'id' | 'removedAt' | 'removedBy' | 'removalReason'>;

export async function insertEvidence(tx: SqlExecutor, e: NewEvidence): Promise<Evidence> {
  const row = await tx.get<EvidenceRow>(
    `INSERT INTO evidence (source_id, kind, file_name, url, media_type, sha256, size, captured_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    [e.sourceId, e.kind, e.fileName, e.url, e.mediaType, e.sha256, e.size, e.capturedAt, e.addedBy],
  );
  return toEvidence(row as EvidenceRow);
}

export async function getEvidence(tx: SqlExecutor, id: number): Promise<Evidence | undefined> {
  const row = await tx.get<EvidenceRow>(`SELECT ${COLUMNS} FROM evidence WHERE id = ?`, [id]);
  return row && toEvidence(row);
}

/** A source's evidence in the order it was added, removed pieces included (they keep their hash). */
export async function listEvidenceOfSource(tx: SqlExecutor, sourceId: number): Promise<Evidence[]> {
  const rows = await tx.all<EvidenceRow>(`SELECT ${COLUMNS} FROM evidence WHERE source_id = ? ORDER BY id`, [sourceId]);
  return rows.map(toEvidence);
}

/** The evidence of all the given sources, for reports. */
export async function listEvidenceOfSources(tx: SqlExecutor, sourceIds: readonly number[]): Promise<Evidence[]> {
  if (sourceIds.length === 0) return [];
  const rows = await tx.all<EvidenceRow>(
    `SELECT ${COLUMNS} FROM evidence WHERE source_id IN (SELECT value FROM json_each(?)) ORDER BY source_id, id`,
    [JSON.stringify(sourceIds)],
  );
  return rows.map(toEvidence);
}

export async function markEvidenceRemoved(tx: SqlExecutor, id: number, at: string, by: string, reason: string): Promise<void> {
  await tx.run('UPDATE evidence SET removed_at = ?, removed_by = ?, removal_reason = ? WHERE id = ? AND removed_at IS NULL', [
    at,
    by,
    reason,
    id,
  ]);
}

/** The evidence with these bytes already attached to the source (and not removed), if any. */
export async function findEvidenceBySha256(tx: SqlExecutor, sourceId: number, sha256: string): Promise<Evidence | undefined> {
  const row = await tx.get<EvidenceRow>(
    `SELECT ${COLUMNS} FROM evidence WHERE source_id = ? AND sha256 = ? AND removed_at IS NULL ORDER BY id LIMIT 1`,
    [sourceId, sha256],
  );
  return row && toEvidence(row);
}
