// Asked when the words selected for Mark claim are exactly those of an existing claim: a second
// claim on the same words is rarely meant (usually a double press), so opening the existing one
// is the first choice, and marking again stays possible (e.g. a second claimant).
// Also asked when a suggested sentence is accepted and shares words with a claim (`overlaps`): the
// claim may be the sentence's point already, or the sentence may deserve a claim of its own.
import type { Claim } from '@common/domain/types';
import { truncate } from '../shared/format';
import { Dialog } from '../shared/Dialog';

interface Props {
  claim: Claim;
  /** The words share some of the claim's, rather than being exactly its words. */
  overlaps?: boolean;
  onOpen: () => void;
  onMarkAgain: () => void;
  onCancel: () => void;
}

export function DuplicateClaimDialog({ claim, overlaps = false, onOpen, onMarkAgain, onCancel }: Props) {
  return (
    <Dialog title={overlaps ? 'This sentence overlaps a claim' : 'This text is already a claim'} onClose={onCancel}>
      <p>
        “{truncate(claim.quote.exact, 120)}” is claim #{claim.id}.{' '}
        {overlaps
          ? 'It shares words with the suggested sentence. Open it, or mark the whole sentence as a claim of its own?'
          : 'Open it, or mark the same words as another claim?'}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onMarkAgain}>
          {overlaps ? 'Mark the sentence as a claim' : 'Mark it again'}
        </button>
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          Open claim #{claim.id}
        </button>
      </div>
    </Dialog>
  );
}
