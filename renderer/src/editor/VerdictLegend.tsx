// The key to highlight colours: one swatch per verdict of the scale, plus "no verdict yet".
import { useTranslation } from 'react-i18next';
import type { Verdict } from '@common/domain/types';
import { verdictColourStyle } from '../shared/verdictColour';
import { verdictName } from '../shared/labels';

export function VerdictLegend({ verdicts }: { verdicts: readonly Verdict[] }) {
  const { t } = useTranslation('workbench');
  const entries = [
    ...[...verdicts].sort((a, b) => a.sortOrder - b.sortOrder).map((v) => ({ key: v.key, label: verdictName(v), style: verdictColourStyle(v) })),
    { key: 'none', label: verdictName(undefined), style: verdictColourStyle(null) },
  ];
  return (
    <ul className="legend" aria-label={t('reader.legend')}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="swatch" style={entry.style} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
