// One claim's comment thread: load, post, reply, resolve; reloaded when the live feed shows a
// comment change in this claim's article (cheap, and covers replies and resolves by others).
import { useCallback } from 'react';
import type { Comment } from '@common/domain/types';
import { api } from '../shared/api';
import { useLiveQuery } from '../shared/useLiveQuery';

export function useComments(claimId: number, articleId: number) {
  const thread = useLiveQuery(
    useCallback(() => api().listComments({ claimId }), [claimId]),
    (e) => e.entity === 'comment' && (e.articleId === articleId || e.articleId === null),
  );
  const { set, reload } = thread;

  const add = useCallback(
    async (body: string, parentId: number | null) => {
      const comment = await api().addComment({ claimId, parentId, body });
      set((all) => [...(all ?? []).filter((c) => c.id !== comment.id), comment]);
      return comment;
    },
    [claimId, set],
  );

  const resolve = useCallback(
    async (comment: Comment, resolved: boolean) => {
      try {
        const saved = await api().resolveComment({ id: comment.id, expectedRevision: comment.revision, resolved });
        set((all) => (all ?? []).map((c) => (c.id === saved.id ? saved : c)));
      } catch (e) {
        // Someone else resolved or reopened it first: show the thread as it is now.
        reload();
        throw e;
      }
    },
    [reload, set],
  );

  return { comments: thread.value, error: thread.error, add, resolve };
}
