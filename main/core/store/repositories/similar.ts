// Candidates for "claims already checked": claims that share the text's rarest words (claim_fts,
// ranked by bm25) or, for German compounds, hold one of its long words inside a longer one
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
 * Words searched: any two of the rarest four must be in a candidate. OR-ing every word made bm25
 * score tens of thousands of claims (p95 3 s at 200,000); this gives p95 59 ms (`npm run
 * bench`, scenario similar); the longest words instead of the rarest, or all four ranked plus any
 * two unranked, measured two to four times slower.
 */
const RAREST = 4;

const quoted = (w: string): string => `"${w.replace(/"/g, '""')}"`;

/**
 * Claims holding a word starting with `prefix`, from the index's vocabulary (no row read). The
 * vocabulary table lives in this connection's temp schema, not in the file: the file's schema stays
 * what the migrations make, and a read-only file can be searched too.
 */
async function claimsWithPrefix(tx: SqlExecutor, prefix: string): Promise<number> {
  const row = await tx.get<{ n: number | null }>('SELECT sum(doc) AS n FROM temp.claim_fts_vocab WHERE term >= ? AND term < ?', [
    prefix,
    `${prefix}\u{10ffff}`,
  ]);
  return row?.n ?? 0;
}

/**
 * `words` are word starts (lower case, as the index folds them), `compounds` long words to find
 * inside longer ones. Claims of `excludeArticleId` are left out.
 */
export async function similarCandidates(
  tx: SqlExecutor,
  query: { words: readonly string[]; compounds: readonly string[]; excludeArticleId: number | null },
): Promise<SimilarCandidate[]> {
  // Dropped again at once: a connection holding an fts5vocab table cannot be closed.
  await tx.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_fts_vocab USING fts5vocab(main, 'claim_fts', 'row')");
  let counted: Array<{ w: string; n: number }>;
  try {
    counted = [];
    for (const w of query.words) counted.push({ w, n: await claimsWithPrefix(tx, w) });
  } finally {
    await tx.exec('DROP TABLE temp.claim_fts_vocab');
  }
  const rarest = counted.filter((c) => c.n > 0).sort((a, b) => a.n - b.n).slice(0, RAREST).map((c) => `${quoted(c.w)}*`);
  const ids = new Set<number>();
  if (rarest.length > 0) {
    const pairs: string[] = [];
    for (let i = 0; i < rarest.length; i++) for (let j = i + 1; j < rarest.length; j++) pairs.push(`(${rarest[i]} AND ${rarest[j]})`);
    const match = `{claim_reviewed quote_exact} : (${pairs.length > 0 ? pairs.join(' OR ') : rarest[0]})`;
    const rows = await tx.all<{ id: number }>('SELECT rowid AS id FROM claim_fts WHERE claim_fts MATCH ? ORDER BY bm25(claim_fts) LIMIT ?', [match, PER_INDEX]);
    for (const r of rows) ids.add(r.id);
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
