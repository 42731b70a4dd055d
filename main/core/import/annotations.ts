// Claims arriving as a W3C Web Annotation export (from another Factdesk database or another tool):
// each is matched to an article here by its text hash or URL, re-anchored in that article's text,
// and stored as a new claim with its sources. A quote that cannot be found is reported, never
// placed somewhere wrong. Approval does not travel: the four-eyes review happens in this database.
import type { AnnotationImportReport } from '@common/contract';
import { anchor } from '../anchoring/anchor';
import { describeRange } from '../anchoring/selectors';
import { partText, type Article, type ClaimStatus, type VerdictScale } from '@common/domain/types';
import type { ImportedAnnotation } from './annotation-format';
import { findArticleByHash, findArticlesByUrl, getArticle } from '../store/repositories/articles';
import type { NewChange } from '../store/repositories/changelog';
import { getClaim, insertClaim, listClaimsOfArticle } from '../store/repositories/claims';
import { getSource, insertSource } from '../store/repositories/sources';
import type { SqlExecutor } from '../store/sqlite';

export interface AnnotationImportContext {
  tx: SqlExecutor;
  at: string;
  reviewer: string;
  scale: VerdictScale;
  change(entry: Omit<NewChange, 'at' | 'reviewer'>): Promise<number>;
}

/** Statuses an imported claim keeps; approved or published claims must be reviewed again here. */
const KEPT_STATUSES: readonly ClaimStatus[] = ['draft', 'in_research', 'needs_review', 'rejected'];

export async function importAnnotationClaims(
  ctx: AnnotationImportContext,
  annotations: readonly ImportedAnnotation[],
): Promise<AnnotationImportReport> {
  const report: AnnotationImportReport = { imported: [], skipped: [] };
  for (const [index, a] of annotations.entries()) {
    const label = a.id ?? `annotation ${index + 1}`;
    const article = await findArticle(ctx.tx, a);
    if (!article) {
      report.skipped.push({ annotation: label, reason: 'No article in this database has the text this annotation points to.' });
      continue;
    }
    const text = partText(article, a.part);
    const found = anchor(text, a.quote, a.position ?? undefined);
    if (!found) {
      const where = a.part === 'body' ? '' : `'s ${a.part}`;
      report.skipped.push({ annotation: label, reason: `The quote "${short(a.quote.exact)}" is no longer in article ${article.id}${where}.` });
      continue;
    }
    const existing = (await listClaimsOfArticle(ctx.tx, article.id)).find(
      (c) => c.part === a.part && c.position.start === found.start && c.position.end === found.end,
    );
    if (existing) {
      report.skipped.push({ annotation: label, reason: `Already here as claim ${existing.id}.` });
      continue;
    }
    const claimId = await storeClaim(ctx, article, a, describeRange(text, found.start, found.end, a.part));
    report.imported.push({ annotation: label, claimId, articleId: article.id, exactMatch: found.exactMatch });
  }
  return report;
}

async function findArticle(tx: SqlExecutor, a: ImportedAnnotation): Promise<Article | undefined> {
  const hash = a.textSha256 ?? (a.targetSource.startsWith('urn:sha256:') ? a.targetSource.slice(11) : null);
  if (hash) {
    const byHash = await findArticleByHash(tx, hash.toLowerCase());
    if (byHash) return getArticle(tx, byHash.id);
  }
  if (/^https?:\/\//.test(a.targetSource)) {
    // The newest article at that address: the one whose text a re-anchored quote most likely fits.
    const [latest] = await findArticlesByUrl(tx, a.targetSource);
    if (latest) return getArticle(tx, latest.id);
  }
  return undefined;
}

async function storeClaim(
  ctx: AnnotationImportContext,
  article: Article,
  a: ImportedAnnotation,
  anchorHere: ReturnType<typeof describeRange>,
): Promise<number> {
  const verdict = a.verdict ? matchVerdict(ctx.scale, a.verdict) : null;
  const status = a.status && KEPT_STATUSES.includes(a.status) ? a.status : verdict ? 'needs_review' : 'draft';
  const claimId = await insertClaim(ctx.tx, {
    articleId: article.id,
    part: a.part,
    anchor: anchorHere,
    claimReviewed: a.claimReviewed ?? anchorHere.quote.exact,
    claimant: a.claimant,
    verdict,
    status,
    createdBy: ctx.reviewer,
    at: ctx.at,
    claimDate: a.claimDate,
    rationale: a.rationale,
  });
  const claim = await getClaim(ctx.tx, claimId);
  if (claim) {
    const { id: _id, ...after } = claim;
    await ctx.change({ entity: 'claim', entityId: claimId, articleId: article.id, claimId, action: 'create', before: null, after });
  }
  for (const s of a.sources) {
    const sourceId = await insertSource(ctx.tx, { claimId, ...s, at: ctx.at });
    const source = await getSource(ctx.tx, sourceId);
    if (source) {
      const { id: _id, ...after } = source;
      await ctx.change({ entity: 'source', entityId: sourceId, articleId: article.id, claimId, action: 'create', before: null, after });
    }
  }
  return claimId;
}

/** The verdict by key when the scales agree, else by label; unknown verdicts are dropped, not invented. */
function matchVerdict(scale: VerdictScale, v: { key: string | null; label: string }): string | null {
  const fold = (s: string): string => s.trim().toLowerCase();
  const byKey = v.key === null ? undefined : scale.verdicts.find((x) => x.key === v.key);
  const byLabel = scale.verdicts.find((x) => fold(x.label) === fold(v.label));
  return (byKey ?? byLabel)?.key ?? null;
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
