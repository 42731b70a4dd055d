// Corrections of published claims: appended with the save that makes them, never changed.
import type { Correction } from '@common/domain/types';
import type { SqlExecutor } from '../sqlite';

interface CorrectionRow {
  id: number;
  claim_id: number;
  at: string;
  reviewer: string;
  note: string;
  fields: string;
}

const toCorrection = (r: CorrectionRow): Correction => ({
  id: r.id,
  claimId: r.claim_id,
  at: r.at,
  reviewer: r.reviewer,
  note: r.note,
  fields: JSON.parse(r.fields) as string[],
});

export async function insertCorrection(tx: SqlExecutor, c: Omit<Correction, 'id'>): Promise<number> {
  const result = await tx.run('INSERT INTO claim_correction (claim_id, at, reviewer, note, fields) VALUES (?, ?, ?, ?, ?)', [
    c.claimId,
    c.at,
    c.reviewer,
    c.note,
    JSON.stringify(c.fields),
  ]);
  return result.lastId;
}

/** The corrections of these claims, oldest first. */
export async function listCorrections(tx: SqlExecutor, claimIds: number[]): Promise<Correction[]> {
  if (claimIds.length === 0) return [];
  const rows = await tx.all<CorrectionRow>(
    'SELECT id, claim_id, at, reviewer, note, fields FROM claim_correction WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id, id',
    [JSON.stringify(claimIds)],
  );
  return rows.map(toCorrection);
}
