// The configurable verdict scale (labels with ClaimReview rating values and colours).
import type { VerdictScale } from '@common/domain/types';
import { toVerdict, type VerdictRow } from '../rows';
import type { SqlExecutor } from '../sqlite';
import { getSetting } from './settings';

export async function getVerdictScale(tx: SqlExecutor): Promise<VerdictScale> {
  const rows = await tx.all<VerdictRow>(
    'SELECT key, label, rating_value, color, sort_order FROM verdict ORDER BY sort_order, key',
  );
  const verdicts = rows.map(toVerdict);
  const ratings = verdicts.map((v) => v.ratingValue).filter((r): r is number => r !== null);
  return {
    verdicts,
    bestRating: numberSetting(await getSetting(tx, 'verdict_best_rating')) ?? Math.max(...ratings, 1),
    worstRating: numberSetting(await getSetting(tx, 'verdict_worst_rating')) ?? Math.min(...ratings, 1),
  };
}

function numberSetting(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

