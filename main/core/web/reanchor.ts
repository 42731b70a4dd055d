// Claims placed again on an article's new version with the fuzzy anchoring: exact first, then
// fuzzy with context; a quote that cannot be found with confidence makes the claim an orphan
// (never a claim in the wrong place).
import type { Article } from '@common/domain/types';
import { partText } from '@common/domain/types';
import { anchor } from '../anchoring/anchor';
import { describeRange } from '../anchoring/selectors';
import { listClaimsOfArticle, reanchorClaim } from '../store/repositories/claims';
import type { SqlExecutor } from '../store/sqlite';

export interface ReanchorOutcome {
  moved: number;
  orphaned: number[];
}

export async function reanchorClaims(
  tx: SqlExecutor,
  articleId: number,
  next: Pick<Article, 'title' | 'subtitle' | 'text'>,
  at: string,
): Promise<ReanchorOutcome> {
  const outcome: ReanchorOutcome = { moved: 0, orphaned: [] };
  for (const claim of await listClaimsOfArticle(tx, articleId)) {
    const found = anchor(partText(next, claim.part), claim.quote, claim.position);
    if (found === null) {
      if (claim.orphaned) continue;
      outcome.orphaned.push(claim.id);
      await reanchorClaim(tx, claim.id, null, at);
      continue;
    }
    const placed = describeRange(partText(next, claim.part), found.start, found.end, claim.part);
    const same =
      !claim.orphaned &&
      placed.position.start === claim.position.start &&
      placed.position.end === claim.position.end &&
      placed.quote.exact === claim.quote.exact &&
      placed.quote.prefix === claim.quote.prefix &&
      placed.quote.suffix === claim.quote.suffix;
    // An unchanged claim keeps its revision, so nobody editing it meets a conflict.
    if (same) continue;
    outcome.moved++;
    await reanchorClaim(tx, claim.id, placed, at);
  }
  return outcome;
}
