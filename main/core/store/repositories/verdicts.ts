// The desk's verdict scale (labels in English and German, ClaimReview rating values, colours):
// read, added to, changed and removed. The rules (bounds, distinct colours, replacements) are in
// core/publishing/scale.ts; this module only stores.
import type { Verdict, VerdictScale } from '@common/domain/types';
import { toVerdict, type VerdictRow } from '../rows';
import type { SqlExecutor, SqlValue } from '../sqlite';
import { getSetting } from './settings';

const VERDICT_COLUMNS = 'key, label, label_de, rating_value, color, color_dark, sort_order';

export async function getVerdictScale(tx: SqlExecutor): Promise<VerdictScale> {
  const rows = await tx.all<VerdictRow>(`SELECT ${VERDICT_COLUMNS} FROM verdict ORDER BY sort_order, key`);
  const verdicts = rows.map(toVerdict);
  const ratings = verdicts.map((v) => v.ratingValue).filter((r): r is number => r !== null);
  return {
    verdicts,
    bestRating: numberSetting(await getSetting(tx, 'verdict_best_rating')) ?? Math.max(...ratings, 1),
    worstRating: numberSetting(await getSetting(tx, 'verdict_worst_rating')) ?? Math.min(...ratings, 1),
  };
}

/** The verdict's row id, which its change-log entries name (keys are text, the log's ids are numbers). */
export async function verdictRowId(tx: SqlExecutor, key: string): Promise<number> {
  return (await tx.get<{ id: number }>('SELECT rowid AS id FROM verdict WHERE key = ?', [key]))?.id ?? 0;
}

export async function insertVerdict(tx: SqlExecutor, v: Omit<Verdict, 'sortOrder'>, sortOrder: number): Promise<void> {
  await tx.run('INSERT INTO verdict (key, label, label_de, rating_value, color, color_dark, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    v.key,
    v.label,
    v.labelDe,
    v.ratingValue,
    v.color,
    v.colorDark,
    sortOrder,
  ]);
}

const VERDICT_FIELD_COLUMNS = { label: 'label', labelDe: 'label_de', ratingValue: 'rating_value', color: 'color', colorDark: 'color_dark' } as const;

export async function updateVerdictFields(
  tx: SqlExecutor,
  key: string,
  fields: Partial<Pick<Verdict, 'label' | 'labelDe' | 'ratingValue' | 'color' | 'colorDark'>>,
): Promise<void> {
  const sets: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, column] of Object.entries(VERDICT_FIELD_COLUMNS)) {
    const value = fields[field as keyof typeof fields];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    params.push(value);
  }
  if (sets.length === 0) return;
  await tx.run(`UPDATE verdict SET ${sets.join(', ')}, revision = revision + 1 WHERE key = ?`, [...params, key]);
}

/** Writes the scale's order: keys in the order given get sort_order 1, 2, 3, … */
export async function reorderVerdicts(tx: SqlExecutor, keys: string[]): Promise<void> {
  for (const [i, key] of keys.entries()) {
    await tx.run('UPDATE verdict SET sort_order = ? WHERE key = ? AND sort_order <> ?', [i + 1, key, i + 1]);
  }
}

export async function deleteVerdict(tx: SqlExecutor, key: string): Promise<void> {
  await tx.run('DELETE FROM verdict WHERE key = ?', [key]);
}

/** Ids of the claims judged with this verdict, oldest first. */
export async function claimsWithVerdict(tx: SqlExecutor, key: string): Promise<number[]> {
  return (await tx.all<{ id: number }>('SELECT id FROM claim WHERE verdict = ? ORDER BY id', [key])).map((r) => r.id);
}

function numberSetting(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
