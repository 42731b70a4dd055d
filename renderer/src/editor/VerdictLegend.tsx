// The key to highlight colours: one swatch per verdict of the scale, plus "no verdict yet".
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '@common/domain/types';
import { NO_VERDICT_COLOR } from './plugins/ClaimHighlightPlugin';
import { verdictName } from '../shared/labels';

export function VerdictLegend({ verdicts }: { verdicts: readonly Verdict[] }) {
  const { t } = useTranslation('workbench');
  const entries = [
    ...[...verdicts].sort((a, b) => a.sortOrder - b.sortOrder).map((v) => ({ key: v.key, label: verdictName(v), color: v.color })),
    { key: 'none', label: verdictName(undefined), color: NO_VERDICT_COLOR },
  ];
  return (
    <ul className="legend" aria-label={t('reader.legend')}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="swatch" style={{ '--claim-color': entry.color } as CSSProperties} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
