// Gathers what a report covers from an export filter: the claims in scope, their articles and
// sources, in a stable order (articles by id; claims by position, then id; sources by id).
import type { ExportFilter } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import { REPORT_LANGUAGES, type ArticleDetail, type Claim, type Correction, type ReportLanguage, type Source, type VerdictScale } from '@common/domain/types';
import { getArticle } from './articles';
import { ARTICLE_COLUMNS, CLAIM_COLUMNS, SOURCE_COLUMNS, toArticle, toClaim, toSource, type ArticleRow, type ClaimRow, type SourceRow } from '../rows';
import type { SqlExecutor, SqlValue } from '../sqlite';
import { listCorrections } from './corrections';
import { getSetting } from './settings';
import { listEvidenceOfSources } from './evidence';
import type { Evidence } from '@common/domain/evidence';
import { verdictKeyOf as verdictKey } from '@common/domain/verdicts';

/** What every exporter receives: the claims to report, gathered and ordered here. */
export interface ReportInput {
  /** Articles in stable order (by id), each with only the claims in scope (by position, then id). */
  articles: ArticleDetail[];
  scale: VerdictScale;
  organisation: { name: string | null; url: string | null; logoUrl: string | null };
  /** The language of verdict labels (and of the public fact-check page). */
  language: ReportLanguage;
  /** Corrections of the claims in scope, oldest first. */
  corrections: Correction[];
  /** YYYY-MM-DD; the only date in an export that is not data. */
  reportDate: string;
  /** Preserved copies and evidence files of the reported sources (removed ones left out). */
  preserved?: Evidence[];
}

/**
 * `from`/`to` bound the claim's last review activity (updated_at), inclusive; a plain date covers
 * the whole day. `reviewer` matches whoever created, set the verdict of, approved or is assigned the claim.
 */
export async function gatherReport(
  tx: SqlExecutor,
  filter: ExportFilter,
  scale: VerdictScale,
  reportDate: string,
): Promise<ReportInput> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.articleId !== undefined) {
    if (!(await getArticle(tx, filter.articleId))) {
      throw new FactdeskError('not_found', `There is no article ${filter.articleId}.`);
    }
    where.push('c.article_id = ?');
    params.push(filter.articleId);
  }
  if (filter.claimIds !== undefined) {
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.claimIds));
  }
  if (filter.status !== undefined) {
    where.push('c.status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.status));
  }
  if (filter.verdict !== undefined) {
    where.push('c.verdict IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.verdict.map((v) => verdictKey(scale, v))));
  }
  if (filter.reviewer !== undefined) {
    where.push('? IN (c.created_by, c.verdict_set_by, c.approved_by, c.assignee)');
    params.push(filter.reviewer);
  }
  if (filter.from !== undefined) {
    where.push(filter.from.length === 10 ? 'substr(c.updated_at, 1, 10) >= ?' : 'c.updated_at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push(filter.to.length === 10 ? 'substr(c.updated_at, 1, 10) <= ?' : 'c.updated_at <= ?');
    params.push(filter.to);
  }
  const claimRows = await tx.all<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')} FROM claim c
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.article_id, c.pos_start, c.pos_end, c.id`,
    params,
  );
  const claimsByArticle = new Map<number, Claim[]>();
  for (const claim of claimRows.map(toClaim)) {
    const list = claimsByArticle.get(claim.articleId) ?? [];
    list.push(claim);
    claimsByArticle.set(claim.articleId, list);
  }
  // An explicitly chosen article is reported even when none of its claims is in scope.
  if (filter.articleId !== undefined && !claimsByArticle.has(filter.articleId)) claimsByArticle.set(filter.articleId, []);

  // Every article and every source in one statement each: a report of 1,000 claims made 2,000
  // trips to SQLite's thread one by one, three times what reading the rows costs (issue 16).
  const articleIds = [...claimsByArticle.keys()].sort((a, b) => a - b);
  const articleRows = await tx.all<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM article WHERE id IN (SELECT value FROM json_each(?))`, [
    JSON.stringify(articleIds),
  ]);
  const articlesById = new Map(articleRows.map((row) => [row.id, toArticle(row)]));
  const sourcesByClaim = await sourcesOf(tx, [...claimsByArticle.values()].flat());
  const articles: ArticleDetail[] = [];
  for (const articleId of articleIds) {
    const article = articlesById.get(articleId);
    if (!article) continue;
    const claims = claimsByArticle.get(articleId) ?? [];
    // Sources follow their claims' reading order, then their own ids.
    articles.push({ article, claims, sources: claims.flatMap((c) => sourcesByClaim.get(c.id) ?? []) });
  }
  const sourceIds = articles.flatMap((a) => a.sources.map((s) => s.id));
  const preserved = (await listEvidenceOfSources(tx, sourceIds)).filter((e) => e.removedAt === null);
  const language = await getSetting(tx, 'report_language');
  return {
    articles,
    preserved,
    scale,
    organisation: {
      name: await getSetting(tx, 'organisation_name'),
      url: await getSetting(tx, 'organisation_url'),
      logoUrl: await getSetting(tx, 'organisation_logo_url'),
    },
    language: REPORT_LANGUAGES.find((l) => l === language) ?? 'en',
    corrections: await listCorrections(tx, claimRows.map((r) => r.id)),
    reportDate,
  };
}

/** The sources of `claims`, by claim, each claim's in id order. */
async function sourcesOf(tx: SqlExecutor, claims: Claim[]): Promise<Map<number, Source[]>> {
  const byClaim = new Map<number, Source[]>();
  if (claims.length === 0) return byClaim;
  const rows = await tx.all<SourceRow>(
    `SELECT ${SOURCE_COLUMNS} FROM source WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id, id`,
    [JSON.stringify(claims.map((c) => c.id))],
  );
  for (const source of rows.map(toSource)) {
    const list = byClaim.get(source.claimId) ?? [];
    list.push(source);
    byClaim.set(source.claimId, list);
  }
  return byClaim;
}
