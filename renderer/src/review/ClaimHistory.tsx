// A claim's history inside its panel: collapsed until asked for, then live.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Claim, Verdict } from '@common/domain/types';
import { useHistory } from './useHistory';
import { HistoryList } from './HistoryList';
import { wordingOf } from '../claims/wording';

interface Props {
  claim: Claim;
  verdicts: readonly Verdict[];
}

export function ClaimHistory({ claim, verdicts }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const [open, setOpen] = useState(false);
  const history = useHistory(open ? { entity: 'claim', id: claim.id, articleId: claim.articleId } : null);
  return (
    <details className="review-section claim-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3>{t('history.heading')}</h3>
      </summary>
      {open && <HistoryList entries={history.entries} error={history.error} verdicts={verdicts} label={t('history.ofClaim', { id: claim.id })} />}
    </details>
  );
}
