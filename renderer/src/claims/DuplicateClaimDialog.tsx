// Asked when the words selected for Mark claim are exactly those of an existing claim: a second
// claim on the same words is rarely meant (usually a double press), so opening the existing one
// is the first choice, and marking again stays possible (e.g. a second claimant).
import type { Claim } from '@common/domain/types';
import { truncate } from '../shared/format';
import { Dialog } from '../shared/Dialog';

interface Props {
  claim: Claim;
  onOpen: () => void;
  onMarkAgain: () => void;
  onCancel: () => void;
}

export function DuplicateClaimDialog({ claim, onOpen, onMarkAgain, onCancel }: Props) {
  return (
    <Dialog title="This text is already a claim" onClose={onCancel}>
      <p>
        “{truncate(claim.quote.exact, 120)}” is claim #{claim.id}. Open it, or mark the same words as another claim?
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onMarkAgain}>
          Mark it again
        </button>
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          Open claim #{claim.id}
        </button>
      </div>
    </Dialog>
  );
}
