// One claim's comment thread: load, post, reply, resolve; reloaded when the live feed shows a
// comment change in this claim's article (cheap, and covers replies and resolves by others).
import { useCallback, useEffect, useState } from 'react';
import type { Comment } from '@common/domain/types';
import { api, toFailure } from '../shared/api';
import { useChangeFeed } from '../shared/useChangeFeed';

export function useComments(claimId: number, articleId: number) {
  const [comments, setComments] = useState<Comment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    api()
      .listComments({ claimId })
      .then(
        (list) => {
          if (!current) return;
          setComments(list);
          setError(null);
        },
        (e: unknown) => {
          if (current) setError(toFailure(e).message);
        },
      );
    return () => {
      current = false;
    };
  }, [claimId, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useChangeFeed((e) => e.entity === 'comment' && (e.articleId === articleId || e.articleId === null), reload);

  const add = useCallback(
    async (body: string, parentId: number | null) => {
      const comment = await api().addComment({ claimId, parentId, body });
      setComments((all) => [...(all ?? []).filter((c) => c.id !== comment.id), comment]);
      return comment;
    },
    [claimId],
  );

  const resolve = useCallback(
    async (comment: Comment, resolved: boolean) => {
      try {
        const saved = await api().resolveComment({ id: comment.id, expectedRevision: comment.revision, resolved });
        setComments((all) => (all ?? []).map((c) => (c.id === saved.id ? saved : c)));
      } catch (e) {
        // Someone else resolved or reopened it first: show the thread as it is now.
        reload();
        throw e;
      }
    },
    [reload],
  );

  return { comments, error, add, resolve };
}
