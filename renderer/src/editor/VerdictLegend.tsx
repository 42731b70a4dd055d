// The key to highlight colours: one swatch per verdict of the scale, plus "no verdict yet".
import type { CSSProperties } from 'react';
import type { Verdict } from '@common/domain/types';
import { NO_VERDICT_COLOR } from './plugins/ClaimHighlightPlugin';

export function VerdictLegend({ verdicts }: { verdicts: readonly Verdict[] }) {
  const entries = [
    ...[...verdicts].sort((a, b) => a.sortOrder - b.sortOrder).map((v) => ({ key: v.key, label: v.label, color: v.color })),
    { key: 'none', label: 'No verdict yet', color: NO_VERDICT_COLOR },
  ];
  return (
    <ul className="legend" aria-label="Highlight colours">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="swatch" style={{ '--claim-color': entry.color } as CSSProperties} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
