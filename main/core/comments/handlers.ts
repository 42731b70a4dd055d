// The contract's comment methods: a claim's discussion thread, read, added to and resolved.
import { problemError } from '@common/contract/refusals';
import { FactdeskError } from '@common/domain/errors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { COMMENTS, loadAtRevision, logUnderClaim, reread, updateOrConflict, withoutId } from '../edit';
import { getClaim } from '../store/repositories/claims';
import { getComment, insertComment, listCommentsOfClaim } from '../store/repositories/comments';

type CommentMethods = 'listComments' | 'addComment' | 'resolveComment';

export function commentHandlers(ctx: CoreContext): HandlersOf<CommentMethods> {
  return {
    async listComments({ claimId }) {
      return ctx.connection.read(async (tx) => {
        if (!(await getClaim(tx, claimId))) throw new FactdeskError('not_found', `There is no claim ${claimId}.`);
        return listCommentsOfClaim(tx, claimId);
      });
    },

    async addComment({ claimId, parentId, body }) {
      if (body.trim() === '') throw problemError({ key: 'commentEmpty', values: {} });
      return ctx.write(async (tx, at) => {
        const claim = await getClaim(tx, claimId);
        if (!claim) throw new FactdeskError('not_found', `There is no claim ${claimId}.`, { entity: 'claim', id: claimId });
        if (parentId !== undefined && parentId !== null) {
          const parent = await getComment(tx, parentId);
          if (!parent || parent.claimId !== claimId) {
            throw new FactdeskError('invalid_input', `Comment ${parentId} is not in this claim's thread.`);
          }
        }
        const id = await insertComment(tx, { claimId, parentId: parentId ?? null, author: ctx.reviewer, body, at });
        const comment = await reread(tx, COMMENTS, id, 'created');
        const after = withoutId(comment);
        await ctx.change(tx, at, { entity: 'comment', entityId: id, articleId: claim.articleId, claimId, action: 'create', before: null, after });
        return comment;
      });
    },

    async resolveComment({ id, expectedRevision, resolved }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, COMMENTS, id, expectedRevision);
        if (current.resolved === resolved) return current;
        await updateOrConflict(tx, COMMENTS, id, expectedRevision, { resolved: resolved ? 1 : 0, updated_at: at });
        await logUnderClaim(ctx, tx, at, {
          entity: 'comment',
          entityId: id,
          claimId: current.claimId,
          action: 'update',
          before: { resolved: current.resolved },
          after: { resolved },
        });
        return reread(tx, COMMENTS, id, 'saved');
      });
    },
  };
}
