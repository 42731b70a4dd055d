// Candidates for "claims already checked": claims whose words (claim_fts, bm25) or, for German
// compounds, whose letter sequences (claim_trigram) match the given text. Ranking by how similar
// they really are is the caller's (core/assist/similar.ts): bm25 is not comparable across queries.
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from '../rows';
import type { SqlExecutor } from '../sqlite';
import type { Claim } from '@common/domain/types';

export interface SimilarCandidate {
  claim: Claim;
  articleTitle: string;
  articlePublishedAt: string | null;
}

/** Per index: enough for the re-ranking to find the best, few enough to stay fast at 200,000 claims. */
const PER_INDEX = 60;

/**
 * `words` are searched as prefixes in the claim and its quote, `compounds` (long words) as letter
 * sequences inside the claim as reviewed. Claims of `excludeArticleId` are left out.
 */
export async function similarCandidates(
  tx: SqlExecutor,
  query: { words: readonly string[]; compounds: readonly string[]; excludeArticleId: number | null },
): Promise<SimilarCandidate[]> {
  const ids = new Set<number>();
  const quoted = (w: string) => `"${w.replace(/"/g, '""')}"`;
  if (query.words.length > 0) {
    const match = `{claim_reviewed quote_exact} : (${query.words.map((w) => `${quoted(w)}*`).join(' OR ')})`;
    const rows = await tx.all<{ id: number }>(
      'SELECT rowid AS id FROM claim_fts WHERE claim_fts MATCH ? ORDER BY bm25(claim_fts) LIMIT ?',
      [match, PER_INDEX],
    );
    for (const r of rows) ids.add(r.id);
  }
  if (query.compounds.length > 0) {
    const rows = await tx.all<{ id: number }>(
      'SELECT rowid AS id FROM claim_trigram WHERE claim_trigram MATCH ? ORDER BY bm25(claim_trigram) LIMIT ?',
      [query.compounds.map(quoted).join(' OR '), PER_INDEX],
    );
    for (const r of rows) ids.add(r.id);
  }
  if (ids.size === 0) return [];
  const list = [...ids];
  const rows = await tx.all<ClaimRow & { article_title: string; article_published_at: string | null }>(
    `SELECT ${CLAIM_COLUMNS.split(', ').map((c) => `claim.${c}`).join(', ')},
            article.title AS article_title, article.published_at AS article_published_at
       FROM claim JOIN article ON article.id = claim.article_id
      WHERE claim.id IN (${list.map(() => '?').join(', ')}) AND claim.article_id IS NOT ?`,
    [...list, query.excludeArticleId],
  );
  return rows.map((r) => ({ claim: toClaim(r), articleTitle: r.article_title, articlePublishedAt: r.article_published_at }));
}
