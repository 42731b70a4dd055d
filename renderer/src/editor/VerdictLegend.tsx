// The key to highlight colours: one swatch per verdict of the scale, plus "no verdict yet".
import type { Verdict } from '@common/domain/types';
import { verdictColourStyle } from '../shared/verdictColour';

export function VerdictLegend({ verdicts }: { verdicts: readonly Verdict[] }) {
  const entries = [
    ...[...verdicts].sort((a, b) => a.sortOrder - b.sortOrder).map((v) => ({ key: v.key, label: v.label, style: verdictColourStyle(v) })),
    { key: 'none', label: 'No verdict yet', style: verdictColourStyle(null) },
  ];
  return (
    <ul className="legend" aria-label="Highlight colours">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="swatch" style={entry.style} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
