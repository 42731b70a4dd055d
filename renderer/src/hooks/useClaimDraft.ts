// Editing one claim without ever losing an edit: the panel edits a draft; saves (automatic after a
// pause, or explicit) send only the changed fields against the revision the draft started from.
// A conflict keeps the draft and offers both versions per field; the choice is saved against the
// revision that is now current. A newer version from elsewhere replaces the draft only when clean.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '../../../main/core/domain/types';
import { api, conflictCurrent, toFailure } from '../api';
import { changedFields, fieldsOf, pick, toPatch, type ClaimFieldName, type ClaimFields } from '../model/claimFields';

export const AUTOSAVE_MS = 1200;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

export interface ClaimConflict {
  mine: ClaimFields;
  /** The claim as it is now in the database; null when someone deleted it. */
  theirs: Claim | null;
  /** Fields I changed since my version was loaded (default to mine in the dialog). */
  edited: ClaimFieldName[];
  /** The version my edit started from, for the three-way (base, theirs, mine) view. */
  base?: ClaimFields;
}

export interface SavedChange {
  claimId: number;
  before: Partial<ClaimFields>;
  after: Partial<ClaimFields>;
}

interface DraftState {
  base: Claim | null;
  draft: ClaimFields | null;
  status: SaveStatus;
  conflict: ClaimConflict | null;
  /** Someone else saved a newer version while this draft had unsaved edits. */
  remoteChanged: boolean;
  /** Why the last save failed (other than a conflict). */
  errorMessage: string | null;
}

const EMPTY: DraftState = {
  base: null,
  draft: null,
  status: 'saved',
  conflict: null,
  remoteChanged: false,
  errorMessage: null,
};

export interface ClaimDraft extends DraftState {
  setField<K extends ClaimFieldName>(name: K, value: ClaimFields[K]): void;
  /** Saves now; resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  resolveConflict(choice: Record<ClaimFieldName, 'mine' | 'theirs'>): Promise<void>;
  /** Puts earlier values back and saves them (undo), without recording a new undo step. */
  applyValues(values: Partial<ClaimFields>): Promise<boolean>;
  /** Drops unsaved edits (only offered when the claim is gone or the user chose theirs). */
  discard(): void;
}

export function useClaimDraft(
  claim: Claim | null,
  onSaved: (claim: Claim, change: SavedChange | null) => void,
): ClaimDraft {
  const [state, setState] = useState<DraftState>(EMPTY);
  const ref = useRef<DraftState>(EMPTY);
  const saving = useRef<Promise<boolean> | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const commit = useCallback((update: Partial<DraftState>) => {
    ref.current = { ...ref.current, ...update };
    setState(ref.current);
  }, []);

  const isDirty = (s: DraftState): boolean =>
    s.base !== null && s.draft !== null && changedFields(fieldsOf(s.base), s.draft).length > 0;

  // Follow the claim the panel shows: a different claim starts over; a newer revision of the same
  // claim is taken over only when there is nothing unsaved.
  useEffect(() => {
    const current = ref.current;
    if (claim === null) {
      if (current.base !== null && !isDirty(current)) commit(EMPTY);
      return;
    }
    if (current.base === null || current.base.id !== claim.id) {
      commit({ ...EMPTY, base: claim, draft: fieldsOf(claim) });
    } else if (claim.revision > current.base.revision && current.status !== 'saving') {
      if (isDirty(current) || current.conflict !== null) commit({ remoteChanged: true });
      else commit({ base: claim, draft: fieldsOf(claim), status: 'saved', remoteChanged: false });
    }
  }, [claim, commit]);

  const save = useCallback(
    async (recordUndo: boolean): Promise<boolean> => {
      if (saving.current !== null) {
        await saving.current;
      }
      const { base, draft, conflict } = ref.current;
      if (base === null || draft === null || conflict !== null) return conflict === null;
      const names = changedFields(fieldsOf(base), draft);
      if (names.length === 0) {
        commit({ status: 'saved' });
        return true;
      }
      commit({ status: 'saving' });
      const run = (async (): Promise<boolean> => {
        try {
          const saved = await api().updateClaim({
            id: base.id,
            expectedRevision: base.revision,
            patch: toPatch(pick(draft, names)),
          });
          // Adopt the stored form of each saved field the user has not touched since (the core may
          // normalise it); otherwise the draft would look edited forever and save again and again.
          const latest = ref.current.draft ?? draft;
          const adopted: ClaimFields = { ...latest };
          const stored = fieldsOf(saved);
          for (const name of names) if (latest[name] === draft[name]) Object.assign(adopted, { [name]: stored[name] });
          const next = { ...ref.current, base: saved, draft: adopted, remoteChanged: false, errorMessage: null };
          commit({ ...next, status: isDirty(next) ? 'dirty' : 'saved' });
          const change = recordUndo
            ? { claimId: saved.id, before: pick(fieldsOf(base), names), after: pick(stored, names) }
            : null;
          onSavedRef.current(saved, change);
          return !isDirty(next);
        } catch (error) {
          const failure = toFailure(error);
          const theirs = conflictCurrent<Claim>(failure);
          if (theirs !== undefined) {
            const mine = ref.current.draft ?? draft;
            commit({ status: 'conflict', conflict: { mine, theirs, edited: changedFields(fieldsOf(base), mine), base: fieldsOf(base) } });
          } else if (failure.code === 'busy') {
            // Another reviewer held the file past every retry; nothing was written. Stay dirty so
            // autosave tries again shortly (the workbench shows a calm "retrying" line meanwhile).
            commit({ status: 'dirty', errorMessage: null });
          } else {
            commit({ status: 'error', errorMessage: failure.message });
          }
          return false;
        }
      })();
      saving.current = run;
      try {
        return await run;
      } finally {
        if (saving.current === run) saving.current = null;
      }
    },
    [commit],
  );

  // Autosave after a pause in typing.
  useEffect(() => {
    if (state.status !== 'dirty') return;
    const timer = window.setTimeout(() => {
      void save(true);
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [state.draft, state.status, save]);

  // Closing or reloading with unsaved edits: start saving and ask the user to confirm leaving.
  const unsaved = state.status !== 'saved';
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void save(true);
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, save]);

  const setField = useCallback(
    <K extends ClaimFieldName>(name: K, value: ClaimFields[K]) => {
      const { draft, status } = ref.current;
      if (draft === null) return;
      const next = { ...ref.current, draft: { ...draft, [name]: value } };
      commit({ draft: next.draft, status: status === 'conflict' || status === 'saving' ? status : isDirty(next) ? 'dirty' : 'saved' });
    },
    [commit],
  );

  const resolveConflict = useCallback(
    async (choice: Record<ClaimFieldName, 'mine' | 'theirs'>) => {
      const { conflict } = ref.current;
      if (conflict === null || conflict.theirs === null) return;
      const theirs = fieldsOf(conflict.theirs);
      const merged = { ...theirs };
      for (const name of Object.keys(choice) as ClaimFieldName[]) {
        if (choice[name] === 'mine') Object.assign(merged, { [name]: conflict.mine[name] });
      }
      commit({ base: conflict.theirs, draft: merged, conflict: null, remoteChanged: false, status: 'dirty' });
      await save(true);
    },
    [commit, save],
  );

  const applyValues = useCallback(
    async (values: Partial<ClaimFields>) => {
      const { draft } = ref.current;
      if (draft === null) return false;
      commit({ draft: { ...draft, ...values }, status: 'dirty' });
      return save(false);
    },
    [commit, save],
  );

  const flush = useCallback(() => save(true), [save]);

  const discard = useCallback(() => {
    const { conflict, base } = ref.current;
    const fresh = conflict?.theirs ?? base;
    commit(fresh === null ? EMPTY : { ...EMPTY, base: fresh, draft: fieldsOf(fresh) });
  }, [commit]);

  return { ...state, setField, flush, resolveConflict, applyValues, discard };
}
