// An orphaned claim (its quote is gone from a new version of the text) re-attached to words the
// user selected in the reader (issue 13): new selectors at the claim's revision, logged as an
// update with the old and new quote, so the change log shows where the claim went.
import { FactdeskError } from '@common/domain/errors';
import type { Claim, ClaimPart } from '@common/domain/types';
import { partText } from '@common/domain/types';
import { describeRange } from '../anchoring/selectors';
import type { CoreContext } from '../context';
import { CLAIMS, loadAtRevision, reread } from '../edit';
import { getArticle } from '../store/repositories/articles';
import { reanchorClaim } from '../store/repositories/claims';

export interface ReattachRequest {
  id: number;
  expectedRevision: number;
  part?: ClaimPart;
  start: number;
  end: number;
}

const placement = (c: Claim) => ({ part: c.part, quote: c.quote.exact, start: c.position.start, end: c.position.end, orphaned: c.orphaned });

export async function reattachClaim(ctx: CoreContext, { id, expectedRevision, part, start, end }: ReattachRequest): Promise<Claim> {
  return ctx.write(async (tx, at) => {
    const current = await loadAtRevision(ctx, tx, CLAIMS, id, expectedRevision);
    if (!current.orphaned) throw new FactdeskError('invalid_input', `Claim #${id} is not orphaned; only a claim whose text is gone can be re-attached.`);
    // The claim's part (headline, teaser, body) stays: its quote column knows no other.
    if (part !== undefined && part !== current.part) {
      throw new FactdeskError('invalid_input', `Claim #${id} belongs to the ${current.part}; select its new words there.`);
    }
    const article = await getArticle(tx, current.articleId);
    if (!article) throw new FactdeskError('not_found', `There is no article ${current.articleId}.`, { entity: 'article', id: current.articleId });
    await reanchorClaim(tx, id, describeRange(partText(article, current.part), start, end, current.part), at);
    const next = await reread(tx, CLAIMS, id, 'saved');
    await ctx.change(tx, at, { entity: 'claim', entityId: id, articleId: current.articleId, claimId: id, action: 'update', before: placement(current), after: placement(next) });
    return next;
  });
}
