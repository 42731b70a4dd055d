// Claims already checked (issue 14.3): candidates from the word index (bm25) and the trigram index
// (German compounds), re-ranked by a similarity that is comparable across queries, so two fixed
// thresholds can say "similar" and "probably the same claim" (as Meedan Check does).
import type { SimilarClaims } from '@common/domain/assist';
import { similarCandidates } from '../store/repositories/similar';
import type { SqlExecutor } from '../store/sqlite';

/** Listed from here: the claims share about half their wording. */
export const SUGGEST_THRESHOLD = 0.45;
/** Flagged from here: nearly the same wording, in other words probably the same claim. */
export const SAME_CLAIM_THRESHOLD = 0.75;
const MAX_LISTED = 10;

/** Words that say nothing about what a claim is about, in both languages (after folding). */
const STOPWORDS = new Set(
  ('der die das den dem des ein eine einen einem einer eines und oder aber auch als auf aus bei bis durch fur gegen hat ' +
    'haben hatte ist sind war waren wird werden wurde wurden mit nach nicht noch nur sei seit sich sie sein ihr ihre ' +
    'uber um unter vom von vor wie zu zum zur dass ob wenn im in an es er man mehr sagte sagt laut ' +
    'the and for are was were has have had that this with from into than then they their there been will would ' +
    'said says not but also its his her our over about after before more most some such only which who what when')
    .split(' '),
);

/** Lower case, diacritics folded, as the indexes fold them (ß stays: it is no diacritic to them). */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

export function contentWords(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOPWORDS.has(w));
}

/** Letter trigrams of each word, padded so short words and word starts count. */
function trigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Dice coefficient of the two texts' trigram sets: 1 for the same wording, 0 for nothing shared. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** The index queries for a text: its content words as prefixes (inflections: the first 6 letters), long words as compounds. */
function queryOf(words: readonly string[]): { words: string[]; compounds: string[] } {
  const longestFirst = [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 12);
  return {
    words: [...new Set(longestFirst.map((w) => (w.length > 7 ? w.slice(0, 6) : w)))],
    compounds: longestFirst.filter((w) => w.length >= 7 && !/\d/.test(w)).slice(0, 2),
  };
}

export async function findSimilarClaims(
  tx: SqlExecutor,
  text: string,
  exclude: { claimId: number | null; articleId: number | null },
): Promise<SimilarClaims> {
  const words = contentWords(text);
  const thresholds = { suggest: SUGGEST_THRESHOLD, same: SAME_CLAIM_THRESHOLD };
  if (words.length === 0) return { thresholds, claims: [] };
  const candidates = await similarCandidates(tx, { ...queryOf(words), excludeArticleId: exclude.articleId });
  const claims = candidates
    .filter((c) => c.claim.id !== exclude.claimId)
    .map((c) => ({ c, score: similarity(words, contentWords(c.claim.claimReviewed)) }))
    .filter(({ score }) => score >= SUGGEST_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.c.claim.id - b.c.claim.id)
    .slice(0, MAX_LISTED)
    .map(({ c, score }) => ({
      claimId: c.claim.id,
      articleId: c.claim.articleId,
      articleTitle: c.articleTitle,
      articlePublishedAt: c.articlePublishedAt,
      claimReviewed: c.claim.claimReviewed,
      verdict: c.claim.verdict,
      status: c.claim.status,
      score: Math.round(score * 1000) / 1000,
      sameClaim: score >= SAME_CLAIM_THRESHOLD,
    }));
  return { thresholds, claims };
}
