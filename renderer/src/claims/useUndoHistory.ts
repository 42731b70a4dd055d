// Undo for the last saved claim edits. Undo is itself a save: the previous values go back through
// updateClaim against the claim's current revision, so it is shared, logged and conflict-checked
// like any other edit.
import { useCallback, useState } from 'react';
import type { SavedChange } from './useClaimDraft';
import { claimFieldLabel, type ClaimFieldName } from './claimFields';
import type { Wording } from './wording';
import { i18n, interfaceLanguage } from '../shared/i18n';

const MAX_STEPS = 50;
/** Autosaves of the same fields this close together are one step (one burst of typing). */
const MERGE_WINDOW_MS = 5000;

interface UndoStep extends SavedChange {
  at: number;
}

/** The changed fields' labels, e.g. "Claimant, Verdict" (in the interface language unless told). */
export function describeChange(change: SavedChange, wording: Wording = { t: i18n.getFixedT(null, 'panels'), language: interfaceLanguage() }): string {
  const names = Object.keys(change.before) as ClaimFieldName[];
  return names.map((n) => claimFieldLabel(wording, n)).join(', ');
}

const sameFields = (a: SavedChange, b: SavedChange): boolean =>
  Object.keys(a.after).sort().join() === Object.keys(b.after).sort().join();

export function useUndoHistory() {
  const [steps, setSteps] = useState<UndoStep[]>([]);

  const record = useCallback((change: SavedChange) => {
    const at = Date.now();
    setSteps((all) => {
      const last = all[all.length - 1];
      if (last !== undefined && last.claimId === change.claimId && sameFields(last, change) && at - last.at < MERGE_WINDOW_MS) {
        return [...all.slice(0, -1), { ...last, after: change.after, at }];
      }
      return [...all, { ...change, at }].slice(-MAX_STEPS);
    });
  }, []);

  /** Removes the given step once it has been undone. */
  const drop = useCallback((step: SavedChange) => setSteps((all) => all.filter((s) => s !== step)), []);
  const forget = useCallback((claimId: number) => setSteps((all) => all.filter((s) => s.claimId !== claimId)), []);

  return { last: (steps[steps.length - 1] ?? null) as SavedChange | null, record, drop, forget };
}
