// Candidates for "claims already checked": claims that share two of the text's longest words
// (claim_fts, ranked by bm25) or, for German compounds, hold one of its long words inside a longer one
// (claim_trigram). Ranking by how similar they really are is the caller's (core/assist/similar.ts):
// bm25 is not comparable across queries.
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
 * Words searched: all of the first four, ranked, and any two of them, unranked (the caller gives
 * the longest first). OR-ing every word and ranking made bm25 score tens of thousands of claims
 * (p95 3 s at 200,000); counting each word's claims in the FTS vocabulary first still gave 231 ms.
 */
const RAREST = 4;

const quoted = (w: string): string => `"${w.replace(/"/g, '""')}"`;

/**
 * `words` are word starts (lower case, as the index folds them), longest first; `compounds` long words to find
 * inside longer ones. Claims of `excludeArticleId` are left out.
 */
export async function similarCandidates(
  tx: SqlExecutor,
  query: { words: readonly string[]; compounds: readonly string[]; excludeArticleId: number | null },
): Promise<SimilarCandidate[]> {
  const words = query.words.slice(0, RAREST).map((w) => `${quoted(w)}*`);
  const ids = new Set<number>();
  const columns = '{claim_reviewed quote_exact}';
  if (words.length > 0) {
    // All of them, ranked: few claims, and the near-duplicates among them come first.
    const all = await tx.all<{ id: number }>('SELECT rowid AS id FROM claim_fts WHERE claim_fts MATCH ? ORDER BY bm25(claim_fts) LIMIT ?', [
      `${columns} : (${words.join(' AND ')})`,
      PER_INDEX,
    ]);
    for (const r of all) ids.add(r.id);
  }
  if (words.length > 1) {
    // Any two of them, unranked (FTS5 stops at the limit; ranking would score every match).
    const pairs: string[] = [];
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) pairs.push(`(${words[i]} AND ${words[j]})`);
    const any = await tx.all<{ id: number }>('SELECT rowid AS id FROM claim_fts WHERE claim_fts MATCH ? LIMIT ?', [
      `${columns} : (${pairs.join(' OR ')})`,
      PER_INDEX * 2,
    ]);
    for (const r of any) ids.add(r.id);
  }
  if (query.compounds.length > 0) {
    // Unranked: bm25 over trigrams costs ten times the lookup, and the caller re-ranks anyway.
    const rows = await tx.all<{ id: number }>('SELECT rowid AS id FROM claim_trigram WHERE claim_trigram MATCH ? LIMIT ?', [
      query.compounds.map(quoted).join(' OR '),
      PER_INDEX,
    ]);
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
