// Everything about the open article: its detail (article, claims, sources), the open claim and
// its draft, marking and deleting claims, sources, and undo. The components only render it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleDetail, Claim, Source } from '@common/domain/types';
import { api } from '../shared/api';
import { i18n } from '../shared/i18n';
import { partTextOf, trimTextRange, type PartRange } from '../editor/anchoring';
import { toPatch } from '../claims/claimFields';
import { keepUnchanged } from './detail';
import type { ReaderHandle } from '../editor/plugins/ReaderHandlePlugin';
import { useAsyncValue } from '../shared/useAsyncValue';
import { useClaimDraft, type SavedChange } from '../claims/useClaimDraft';
import { describeChange, useUndoHistory } from '../claims/useUndoHistory';
import { useStatus } from '../shared/useStatus';

type DetailUpdate = (detail: ArticleDetail) => ArticleDetail;

/** The user's answer to "this text is already a claim": open that claim, mark anyway, or neither. */
export type DuplicateAnswer = 'open' | 'again' | 'cancel';
export interface DuplicateQuestion {
  claim: Claim;
  range: PartRange;
  /** The words overlap the claim's without being exactly its words (a suggested sentence). */
  overlaps: boolean;
  answer(answer: DuplicateAnswer): void;
}

const sameWords = (c: Claim, r: PartRange): boolean => c.part === r.part && c.position.start === r.start && c.position.end === r.end;
const sharesWords = (c: Claim, r: PartRange): boolean =>
  !c.orphaned && c.part === r.part && c.position.start < r.end && r.start < c.position.end;

export function useArticleWorkspace(articleId: number | null) {
  const { reportError, announce } = useStatus();
  // The detail on screen: a reload keeps its unchanged objects (see keepUnchanged).
  const shown = useRef<ArticleDetail | null>(null);
  const load = useMemo(
    () => (articleId === null ? null : () => api().getArticle({ id: articleId }).then((d) => keepUnchanged(shown.current, d))),
    [articleId],
  );
  const detail = useAsyncValue(load, (e) => reportError(e, i18n.t('workbench:workspace.openFailed')));
  useEffect(() => {
    shown.current = detail.value;
  });
  const [selectedClaimId, setSelectedClaimId] = useState<number | null>(null);
  const [marking, setMarking] = useState(false);
  /** The claim just marked: its panel puts the focus in the Claim field once. */
  const [justMarkedId, setJustMarkedId] = useState<number | null>(null);
  /** Marking words that are already a claim's waits for the user's answer. */
  const [duplicateOf, setDuplicateOf] = useState<DuplicateQuestion | null>(null);
  const asking = useRef<DuplicateQuestion | null>(null);
  const reader = useRef<ReaderHandle | null>(null);
  const undo = useUndoHistory();

  const current = detail.value !== null && detail.value.article.id === articleId ? detail.value : null;
  const setDetail = detail.set;
  const reloadDetail = detail.reload;
  const update = useCallback((fn: DetailUpdate) => setDetail((d) => (d === null ? d : fn(d))), [setDetail]);
  const selectedClaim = current?.claims.find((c) => c.id === selectedClaimId) ?? null;

  const onSaved = useCallback(
    (claim: Claim, change: SavedChange | null) => {
      update((d) => ({ ...d, claims: d.claims.map((c) => (c.id === claim.id && c.revision < claim.revision ? claim : c)) }));
      if (change !== null) undo.record(change);
    },
    [update, undo],
  );
  const draft = useClaimDraft(selectedClaim, onSaved);

  /** Leaves the open claim only when its edits are saved (a conflict keeps it open). */
  const selectClaim = useCallback(
    async (claimId: number | null): Promise<boolean> => {
      if (claimId === selectedClaimId) return true;
      if (!(await draft.flush())) return false;
      setSelectedClaimId(claimId);
      return true;
    },
    [draft, selectedClaimId],
  );

  /** Stores a claim on the range: shown at once, then confirmed or dropped when the core answers. */
  const createClaim = useCallback(async (range: PartRange): Promise<number | null> => {
    if (current === null || marking) return null;
    if (!(await draft.flush())) return null;
    setMarking(true);
    const saving = api().createClaim({ articleId: current.article.id, part: range.part, start: range.start, end: range.end });
    // The highlight shows at once, under a provisional id, while the core stores the claim; the
    // selection it replaces goes. The same reader (editor) is confirmed even if another article opened meanwhile.
    const shownIn = reader.current;
    const pending = shownIn?.showPendingClaim(range) ?? null;
    shownIn?.clearSelection();
    try {
      const claim = await saving;
      if (pending !== null) {
        // Should the core have stored other offsets, the claims' sync highlights those instead.
        const asShown = sameWords(claim, range);
        if (asShown) shownIn?.confirmPendingClaim(pending, claim.id);
        else shownIn?.dropPendingClaim(pending);
      }
      update((d) =>
        d.article.id !== claim.articleId ? d : { ...d, claims: [...d.claims.filter((c) => c.id !== claim.id), claim] },
      );
      setSelectedClaimId(claim.id);
      setJustMarkedId(claim.id);
      announce(i18n.t('workbench:workspace.marked', { id: String(claim.id) }));
      return claim.id;
    } catch (error) {
      if (pending !== null) shownIn?.dropPendingClaim(pending);
      reportError(error, i18n.t('workbench:workspace.markFailed'));
      return null;
    } finally {
      setMarking(false);
    }
  }, [current, marking, draft, update, reportError, announce]);
  // The answer to the duplicate question comes renders later: it marks with what is current then.
  const latestCreate = useRef(createClaim);
  useEffect(() => {
    latestCreate.current = createClaim;
  });

  /**
   * Marks the selected words (or a suggested sentence) as a claim. When the words are exactly an
   * existing claim's, or the sentence shares words with one, the user is asked first (duplicateOf):
   * resolves to the new claim's id, the existing claim's id when they chose to open it, or null.
   */
  const markClaim = useCallback(async (sentence?: PartRange): Promise<number | null> => {
    if (current === null || marking) return null;
    const selected = sentence ?? reader.current?.selectedRange() ?? null;
    const trimmed = selected === null ? null : trimTextRange(partTextOf(current.article, selected.part), selected);
    if (selected === null || trimmed === null) {
      reportError(new Error(i18n.t('workbench:workspace.selectFirst')));
      return null;
    }
    const range: PartRange = { part: selected.part, ...trimmed };
    // By hand, a claim inside or across another is common; a suggested sentence is a whole sentence,
    // so any claim in it may already be what the reviewer wants.
    const existing = current.claims.find((c) => sameWords(c, range)) ?? (sentence === undefined ? undefined : current.claims.find((c) => sharesWords(c, range)));
    if (existing !== undefined) {
      const articleId = current.article.id;
      const answer = await new Promise<DuplicateAnswer>((resolve) => {
        const question = { claim: existing, range, overlaps: !sameWords(existing, range), answer: resolve };
        asking.current = question;
        setDuplicateOf(question);
      });
      asking.current = null;
      setDuplicateOf(null);
      if (answer === 'cancel' || shown.current?.article.id !== articleId) return null;
      if (answer === 'open') return existing.id;
    }
    return latestCreate.current(range);
  }, [current, marking, reportError]);

  // Another article opened while the question was open: it no longer applies.
  useEffect(() => () => asking.current?.answer('cancel'), [articleId]);

  /** An orphaned claim placed on the words selected in the reader (issue 13). */
  const reattachClaim = useCallback(
    async (claim: Claim) => {
      const selected = current === null ? null : (reader.current?.selectedRange() ?? null);
      const trimmed = current === null || selected === null ? null : trimTextRange(partTextOf(current.article, selected.part), selected);
      if (selected === null || trimmed === null) {
        reportError(new Error(i18n.t('workbench:workspace.selectForReattach')));
        return;
      }
      if (!(await draft.flush())) return;
      try {
        const saved = await api().reattachClaim({ id: claim.id, expectedRevision: claim.revision, part: selected.part, ...trimmed });
        reader.current?.clearSelection();
        onSaved(saved, null);
        announce(i18n.t('workbench:workspace.reattached', { id: String(saved.id) }));
      } catch (error) {
        reportError(error, i18n.t('workbench:workspace.reattachFailed'));
      }
    },
    [current, draft, onSaved, reportError, announce],
  );

  const deleteClaim = useCallback(
    async (claim: Claim) => {
      try {
        await api().deleteClaim({ id: claim.id, expectedRevision: claim.revision });
        update((d) => ({
          ...d,
          claims: d.claims.filter((c) => c.id !== claim.id),
          sources: d.sources.filter((s) => s.claimId !== claim.id),
        }));
        undo.forget(claim.id);
        draft.discard();
        setSelectedClaimId(null);
        announce(i18n.t('workbench:workspace.deleted', { id: String(claim.id) }));
      } catch (error) {
        reportError(error, i18n.t('workbench:workspace.deleteFailed'));
        reloadDetail();
      }
    },
    [update, undo, draft, announce, reportError, reloadDetail],
  );

  const undoLast = useCallback(async () => {
    const step = undo.last;
    if (step === null) return;
    try {
      if (step.claimId === selectedClaimId) {
        if (!(await draft.applyValues(step.before))) return;
      } else {
        const claim = current?.claims.find((c) => c.id === step.claimId);
        if (claim === undefined) throw new Error(i18n.t('workbench:workspace.undoGone'));
        const saved = await api().updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: toPatch(step.before) });
        onSaved(saved, null);
      }
      undo.drop(step);
      announce(i18n.t('workbench:workspace.undone', { fields: describeChange(step), id: String(step.claimId) }));
    } catch (error) {
      reportError(error, i18n.t('workbench:workspace.undoFailed'));
    }
  }, [undo, selectedClaimId, draft, current, onSaved, announce, reportError]);

  const sourceSaved = useCallback(
    (source: Source) => update((d) => ({ ...d, sources: [...d.sources.filter((s) => s.id !== source.id), source] })),
    [update],
  );
  const sourceRemoved = useCallback(
    (sourceId: number) => update((d) => ({ ...d, sources: d.sources.filter((s) => s.id !== sourceId) })),
    [update],
  );

  return {
    detail: current,
    loading: detail.loading,
    reload: reloadDetail,
    reader,
    selectedClaimId,
    selectedClaim,
    selectClaim,
    draft,
    marking,
    markClaim,
    duplicateOf,
    justMarkedId,
    focusedMarked: useCallback(() => setJustMarkedId(null), []),
    deleteClaim,
    reattachClaim,
    undoLabel: undo.last === null ? null : describeChange(undo.last),
    undoLast,
    sourceSaved,
    sourceRemoved,
    /** A claim saved outside the draft (published, unpublished): shown at once. */
    claimSaved: useCallback((claim: Claim) => onSaved(claim, null), [onSaved]),
  };
}
