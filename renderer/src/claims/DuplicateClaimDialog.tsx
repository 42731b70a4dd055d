// Asked when the words selected for Mark claim are exactly those of an existing claim: a second
// claim on the same words is rarely meant (usually a double press), so opening the existing one
// is the first choice, and marking again stays possible (e.g. a second claimant).
// Also asked when a suggested sentence is accepted and shares words with a claim (`overlaps`): the
// claim may be the sentence's point already, or the sentence may deserve a claim of its own.
import { useTranslation } from 'react-i18next';
import type { Claim } from '@common/domain/types';
import { truncate } from '../shared/format';
import { Dialog } from '../shared/Dialog';
import { wordingOf } from './wording';

interface Props {
  claim: Claim;
  /** The words share some of the claim's, rather than being exactly its words. */
  overlaps?: boolean;
  onOpen: () => void;
  onMarkAgain: () => void;
  onCancel: () => void;
}

export function DuplicateClaimDialog({ claim, overlaps = false, onOpen, onMarkAgain, onCancel }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  return (
    <Dialog title={overlaps ? t('duplicate.overlapTitle') : t('duplicate.title')} onClose={onCancel}>
      <p>{t(overlaps ? 'duplicate.overlapText' : 'duplicate.text', { quote: truncate(claim.quote.exact, 120), id: claim.id })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('duplicate.cancel')}
        </button>
        <button type="button" onClick={onMarkAgain}>
          {overlaps ? t('duplicate.markSentence') : t('duplicate.markAgain')}
        </button>
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          {t('duplicate.open', { id: claim.id })}
        </button>
      </div>
    </Dialog>
  );
}
