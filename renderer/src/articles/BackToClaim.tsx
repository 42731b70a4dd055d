// After a jump to a claim in another article (from "Checked before"): the way back to the claim the
// reviewer came from. It is the browser's Back, so the history and this button never disagree.
import type { Place } from './address';

export function BackToClaim({ from }: { from: Place }) {
  return (
    <button type="button" className="back-to-claim" onClick={() => window.history.back()}>
      <span aria-hidden="true">← </span>
      {from.claimId === null ? 'Back to the previous article' : `Back to claim #${from.claimId}`}
    </button>
  );
}
