// The discussion on one claim: threads of comments with author and time, replies, and resolve
// (a resolved thread folds away but stays readable and can be reopened).
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Comment } from '@common/domain/types';
import { useComments } from './useComments';
import { useStatus } from '../shared/useStatus';
import { formatTime, initials } from './people';
import { CommentComposer } from './CommentComposer';
import { wordingOf } from '../claims/wording';

interface Props {
  claimId: number;
  articleId: number;
}

function repliesOf(all: readonly Comment[], parentId: number): Comment[] {
  return all.filter((c) => c.parentId === parentId).sort((a, b) => a.id - b.id);
}

function CommentBody({ comment }: { comment: Comment }) {
  return (
    <div className="comment">
      <span className="avatar small" aria-hidden="true">
        {initials(comment.author)}
      </span>
      <div>
        <p className="comment-meta">
          <strong>{comment.author}</strong>{' '}
          <time dateTime={comment.createdAt} className="muted">
            {formatTime(comment.createdAt)}
          </time>
        </p>
        <p className="comment-text">{comment.body}</p>
      </div>
    </div>
  );
}

export function CommentThread({ claimId, articleId }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  const { reportError } = useStatus();
  const { comments, error, add, resolve } = useComments(claimId, articleId);
  const [replyingTo, setReplyingTo] = useState<number | null>(null);
  const [showResolved, setShowResolved] = useState<Set<number>>(new Set());

  const all = comments ?? [];
  // Replies whose parent is gone still show, as threads of their own.
  const roots = all.filter((c) => c.parentId === null || !all.some((p) => p.id === c.parentId)).sort((a, b) => a.id - b.id);
  const open = roots.filter((c) => !c.resolved).length;

  const toggleResolved = (comment: Comment) =>
    void resolve(comment, !comment.resolved).catch((e: unknown) => reportError(e, t('comments.notUpdated')));

  /** Every reply below a comment, oldest first, flattened (replies to replies stay in the thread). */
  const threadOf = (root: Comment): Comment[] => {
    const out: Comment[] = [];
    const walk = (id: number) => repliesOf(all, id).forEach((r) => (out.push(r), walk(r.id)));
    walk(root.id);
    return out;
  };

  return (
    <section className="review-section comments" aria-labelledby={`comments-${claimId}`}>
      <div className="section-heading">
        <h3 id={`comments-${claimId}`}>
          {t('comments.heading')} {open > 0 && <span className="count">{open}</span>}
        </h3>
      </div>
      {error !== null && (
        <p className="notice error" role="alert">
          {t('comments.loadFailed', { error })}
        </p>
      )}
      {comments === null && error === null && <p className="muted">{t('comments.loading')}</p>}
      {comments !== null && roots.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ul className="comment-threads">
        {roots.map((root) => {
          const folded = root.resolved && !showResolved.has(root.id);
          const replies = threadOf(root);
          return (
            <li key={root.id} className={`comment-thread${root.resolved ? ' resolved' : ''}`} aria-label={t('comments.thread', { name: root.author })}>
              {folded ? (
                <p className="resolved-line">
                  <span className="muted">{t('comments.resolvedThread', { name: root.author, replies: replies.length })}</span>
                  <button type="button" className="link" onClick={() => setShowResolved((s) => new Set(s).add(root.id))}>
                    {t('comments.show')}
                  </button>
                </p>
              ) : (
                <>
                  <CommentBody comment={root} />
                  {replies.length > 0 && (
                    <ul className="comment-replies" aria-label={t('comments.replies', { name: root.author })}>
                      {replies.map((reply) => (
                        <li key={reply.id}>
                          <CommentBody comment={reply} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {replyingTo === root.id ? (
                    <CommentComposer
                      label={t('comments.replyTo', { name: root.author })}
                      submitLabel={t('comments.postReply')}
                      autoFocus
                      onSubmit={async (body) => {
                        await add(body, root.id);
                        setReplyingTo(null);
                      }}
                      onCancel={() => setReplyingTo(null)}
                    />
                  ) : (
                    <div className="comment-actions">
                      {!root.resolved && (
                        <button type="button" onClick={() => setReplyingTo(root.id)}>
                          {t('comments.reply')}
                        </button>
                      )}
                      <button type="button" onClick={() => toggleResolved(root)}>
                        {root.resolved ? t('comments.reopen') : t('comments.resolve')}
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      <CommentComposer label={t('comments.add')} submitLabel={t('comments.comment')} onSubmit={(body) => add(body, null)} />
    </section>
  );
}
