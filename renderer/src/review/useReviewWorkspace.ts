// The review-together and export state of the workbench window: who I am, who else is here, my
// queue, claims ticked for export, and which of the review dialogs is open. App wires it in.
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, Claim } from '@common/domain/types';
import type { QueueEntry } from '@common/contract';
import type { ExportScope } from '../export/exportOptions';
import { describeEditing } from './people';
import { usePresence } from './usePresence';
import { useQueue } from './useQueue';
import { useReviewer } from './useReviewer';
import { useShortcut } from '../shared/useShortcut';
import { wordingOf } from '../claims/wording';

export type ReviewDialog = { kind: 'export'; scope: ExportScope } | { kind: 'queue' } | { kind: 'article-history' } | null;

interface Options {
  /** The article chosen in the list, and the one whose detail is loaded (they differ while opening). */
  articleId: number | null;
  loadedArticleId: number | null;
  claims: readonly Claim[];
  openClaimId: number | null;
  articles: readonly ArticleSummary[] | null;
  openArticle: (id: number) => Promise<void>;
  chooseClaim: (claimId: number) => Promise<void>;
}

export function useReviewWorkspace(options: Options) {
  const { articleId, loadedArticleId, claims, openClaimId, articles, openArticle, chooseClaim } = options;
  const wording = wordingOf(useTranslation('panels'));
  const reviewer = useReviewer();
  const editing = openClaimId !== null ? `claim:${openClaimId}` : articleId !== null ? `article:${articleId}` : null;
  const others = usePresence(editing);
  const queue = useQueue(reviewer.name);
  const [dialog, setDialog] = useState<ReviewDialog>(null);

  // Ticked claims belong to one article; switching articles starts a new selection.
  const [ticked, setTicked] = useState<{ articleId: number | null; ids: ReadonlySet<number> }>({ articleId: null, ids: new Set() });
  const checked = useMemo(() => {
    if (ticked.articleId !== loadedArticleId) return new Set<number>();
    return new Set(claims.filter((c) => ticked.ids.has(c.id)).map((c) => c.id));
  }, [ticked, loadedArticleId, claims]);
  const check = useCallback(
    (claimId: number, on: boolean) =>
      setTicked((t) => {
        const ids = new Set(t.articleId === loadedArticleId ? t.ids : []);
        if (on) ids.add(claimId);
        else ids.delete(claimId);
        return { articleId: loadedArticleId, ids };
      }),
    [loadedArticleId],
  );
  const checkAll = useCallback(
    (on: boolean) => setTicked({ articleId: loadedArticleId, ids: new Set(on ? claims.map((c) => c.id) : []) }),
    [loadedArticleId, claims],
  );

  const openExport = useCallback(
    (scope?: ExportScope) => setDialog({ kind: 'export', scope: scope ?? (checked.size > 0 ? 'selected' : articleId !== null ? 'article' : 'database') }),
    [checked.size, articleId],
  );
  // Not over another dialog (a conflict or a confirmation waits for an answer first).
  useShortcut('e', () => document.querySelector('dialog[open]') === null && openExport(), !reviewer.prompting && dialog === null);

  // Opening a queued claim in another article: remember it until that article has loaded.
  const pending = useRef<{ articleId: number; claimId: number } | null>(null);
  useEffect(() => {
    const want = pending.current;
    if (want === null || want.articleId !== loadedArticleId) return;
    pending.current = null;
    void chooseClaim(want.claimId);
  }, [loadedArticleId, chooseClaim]);
  const openQueued = useCallback(
    async (entry: QueueEntry) => {
      setDialog(null);
      if (entry.claim.articleId === loadedArticleId) {
        await chooseClaim(entry.claim.id);
        return;
      }
      pending.current = { articleId: entry.claim.articleId, claimId: entry.claim.id };
      await openArticle(entry.claim.articleId);
    },
    [loadedArticleId, chooseClaim, openArticle],
  );

  const describe = useCallback(
    (marker: string) => describeEditing(wording, marker, (id) => articles?.find((a) => a.id === id)?.title ?? null),
    [wording, articles],
  );
  const othersOnClaim = (claimId: number): string[] =>
    [...new Set(others.filter((o) => o.editing === `claim:${claimId}`).map((o) => o.reviewer))].sort();

  return {
    reviewer,
    others,
    describe,
    othersOnClaim,
    queue,
    dialog,
    setDialog,
    openExport,
    openQueued,
    checked,
    check,
    checkAll,
  };
}

export type ReviewWorkspace = ReturnType<typeof useReviewWorkspace>;
