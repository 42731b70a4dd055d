// Editing one claim without ever losing an edit: the panel edits a draft; saves (automatic after a
// pause, or explicit) send only the changed fields against the revision the draft started from.
// A conflict keeps the draft and offers both versions per field; the choice is saved against the
// revision that is now current. A newer version from elsewhere replaces the draft only when clean.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '@common/domain/types';
import { api, conflictCurrent, toFailure } from '../shared/api';
import { CLAIM_FIELD_NAMES, changedFields, fieldsOf, pick, toPatch, type ClaimFieldName, type ClaimFields } from './claimFields';
import { failureShown } from '../shared/failureMessage';

export const AUTOSAVE_MS = 1200;

/** 'correction': the claim is published and the edit changes what it says; it waits for a note. */
export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error' | 'correction';

/** What a published fact-check says: changing any of it is a correction (issue 12). */
const REPORTED_FIELDS: readonly ClaimFieldName[] = ['claimReviewed', 'claimant', 'claimDate', 'verdict', 'rationale'];

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
  /** The core's reason a status change was refused (the other fields were saved); shown until dismissed. */
  refusal: string | null;
}

const EMPTY: DraftState = {
  base: null,
  draft: null,
  status: 'saved',
  conflict: null,
  remoteChanged: false,
  errorMessage: null,
  refusal: null,
};

export interface ClaimDraft extends DraftState {
  setField<K extends ClaimFieldName>(name: K, value: ClaimFields[K]): void;
  /** Saves now; resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  resolveConflict(choice: Record<ClaimFieldName, 'mine' | 'theirs'>): Promise<void>;
  /** Puts earlier values back and saves them (undo), without recording a new undo step. */
  applyValues(values: Partial<ClaimFields>): Promise<boolean>;
  /** Drops unsaved edits: after a conflict, a deleted claim or a save that keeps failing. */
  discard(): void;
  dismissRefusal(): void;
  /** Saves the edit of a published claim as a correction with this note (readers see it). */
  correct(note: string): Promise<boolean>;
}

/**
 * The draft after a save: every field the user has not touched since the save started takes the
 * stored value, sent or not, because the core may normalise a sent value and may change an unsent
 * one (a changed verdict withdraws an approval). Only fields edited meanwhile keep the user's value,
 * so the draft never re-sends a value the user did not set.
 */
export function adoptStored(
  before: ClaimFields,
  sent: ClaimFields,
  latest: ClaimFields,
  stored: ClaimFields,
  names: readonly ClaimFieldName[],
): ClaimFields {
  const adopted: ClaimFields = { ...latest };
  for (const name of CLAIM_FIELD_NAMES) {
    const asSaved = names.includes(name) ? sent[name] : before[name];
    if (latest[name] === asSaved) Object.assign(adopted, { [name]: stored[name] });
  }
  return adopted;
}

export function useClaimDraft(
  claim: Claim | null,
  onSaved: (claim: Claim, change: SavedChange | null) => void,
): ClaimDraft {
  const [state, setState] = useState<DraftState>(EMPTY);
  const ref = useRef<DraftState>(EMPTY);
  const saving = useRef<Promise<boolean> | null>(null);
  const correctionNote = useRef<string | null>(null);
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
  const shown = useRef<Claim | null>(null);
  useEffect(() => {
    shown.current = claim;
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

  /**
   * One save attempt. 'retry' means a workflow rule refused the status change alone: the status
   * went back to the stored one (with a notice) and the other changed fields are to be sent again.
   */
  const attempt = useCallback(
    async (recordUndo: boolean): Promise<'done' | 'failed' | 'retry'> => {
      const { base, draft } = ref.current;
      if (base === null || draft === null) return 'done';
      const names = changedFields(fieldsOf(base), draft);
      if (names.length === 0) {
        commit({ status: 'saved' });
        return 'done';
      }
      const correcting = base.status === 'published' && names.some((n) => REPORTED_FIELDS.includes(n));
      if (correcting && correctionNote.current === null) {
        // Locked while published: the edit waits for the correction dialog's note.
        commit({ status: 'correction' });
        return 'failed';
      }
      commit({ status: 'saving' });
      try {
        const saved = await api().updateClaim({
          id: base.id,
          expectedRevision: base.revision,
          patch: toPatch(pick(draft, names)),
          correction: correcting ? (correctionNote.current ?? undefined) : undefined,
        });
        correctionNote.current = null;
        const latest = ref.current.draft ?? draft;
        const adopted = adoptStored(fieldsOf(base), draft, latest, fieldsOf(saved), names);
        const next = { ...ref.current, base: saved, draft: adopted, remoteChanged: false, errorMessage: null };
        commit({ ...next, status: isDirty(next) ? 'dirty' : 'saved' });
        const change = recordUndo
          ? { claimId: saved.id, before: pick(fieldsOf(base), names), after: pick(fieldsOf(saved), names) }
          : null;
        onSavedRef.current(saved, change);
        return isDirty(next) ? 'failed' : 'done';
      } catch (error) {
        const failure = toFailure(error);
        const theirs = conflictCurrent<Claim>(failure);
        const latest = ref.current.draft ?? draft;
        if (theirs !== undefined) {
          commit({ status: 'conflict', conflict: { mine: latest, theirs, edited: changedFields(fieldsOf(base), latest), base: fieldsOf(base) } });
        } else if (failure.code === 'busy') {
          // Another reviewer held the file past every retry; nothing was written. Stay dirty so
          // autosave tries again shortly (the workbench shows a calm "retrying" line meanwhile).
          commit({ status: 'dirty', errorMessage: null });
        } else if (failure.code === 'forbidden' && names.includes('status')) {
          // A workflow rule refused the status (e.g. approving one's own verdict). The panel shows
          // the stored status again and says why; the other fields must not wait on it.
          const next = { ...ref.current, draft: { ...latest, status: base.status }, refusal: failureShown(failure) };
          commit({ ...next, status: isDirty(next) ? 'dirty' : 'saved', errorMessage: null });
          return isDirty(next) ? 'retry' : 'done';
        } else {
          commit({ status: 'error', errorMessage: failureShown(failure) });
        }
        return 'failed';
      }
    },
    [commit],
  );

  const save = useCallback(
    async (recordUndo: boolean): Promise<boolean> => {
      while (saving.current !== null) await saving.current;
      if (ref.current.conflict !== null) return false;
      const run = (async (): Promise<boolean> => {
        let outcome = await attempt(recordUndo);
        if (outcome === 'retry') outcome = await attempt(recordUndo);
        return outcome === 'done';
      })();
      saving.current = run;
      try {
        return await run;
      } finally {
        if (saving.current === run) saving.current = null;
      }
    },
    [attempt],
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
    const newest = shown.current !== null && base !== null && shown.current.id === base.id && shown.current.revision > base.revision ? shown.current : base;
    const fresh = conflict?.theirs ?? newest;
    commit(fresh === null ? EMPTY : { ...EMPTY, base: fresh, draft: fieldsOf(fresh) });
  }, [commit]);

  const dismissRefusal = useCallback(() => commit({ refusal: null }), [commit]);

  const correct = useCallback(
    async (note: string) => {
      correctionNote.current = note;
      commit({ status: 'dirty' });
      const done = await save(true);
      correctionNote.current = null;
      return done;
    },
    [commit, save],
  );

  return { ...state, setField, flush, resolveConflict, applyValues, discard, dismissRefusal, correct };
}
