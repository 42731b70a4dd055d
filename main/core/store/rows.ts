// Row shapes as SQLite returns them, and their mapping to domain types. Column names stay here
// and in the repositories; the rest of the core sees only the domain.
import type {
  Article,
  ArticleFormat,
  ChangeAction,
  ChangeEntity,
  ChangeEntry,
  Claim,
  ClaimPart,
  ClaimStatus,
  Comment,
  Source,
  SourceStance,
  Verdict,
} from '@common/domain/types';

export interface ArticleRow {
  id: number;
  title: string;
  subtitle: string | null;
  dateline: string | null;
  byline: string | null;
  source_name: string | null;
  url: string | null;
  language: string | null;
  published_at: string | null;
  category: string | null;
  text: string;
  content_hash: string;
  format: string;
  file_name: string | null;
  imported_at: string;
  revision: number;
}

export const ARTICLE_COLUMNS =
  'id, title, subtitle, dateline, byline, source_name, url, language, published_at, category, text, content_hash, format, file_name, imported_at, revision';

export function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    title: r.title,
    subtitle: r.subtitle,
    dateline: r.dateline,
    byline: r.byline,
    sourceName: r.source_name,
    url: r.url,
    language: r.language,
    publishedAt: r.published_at,
    category: r.category,
    text: r.text,
    contentHash: r.content_hash,
    format: r.format as ArticleFormat,
    fileName: r.file_name,
    importedAt: r.imported_at,
    revision: r.revision,
  };
}

export interface ClaimRow {
  id: number;
  article_id: number;
  part: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  pos_start: number;
  pos_end: number;
  orphaned: number;
  claim_reviewed: string;
  claimant: string | null;
  claim_date: string | null;
  verdict: string | null;
  rationale: string | null;
  status: string;
  assignee: string | null;
  verdict_set_by: string | null;
  approved_by: string | null;
  published_at: string | null;
  published_by: string | null;
  published_url: string | null;
  modified_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export const CLAIM_COLUMNS =
  'id, article_id, part, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, orphaned, claim_reviewed, claimant, claim_date, verdict, rationale, status, assignee, verdict_set_by, approved_by, published_at, published_by, published_url, modified_at, created_by, created_at, updated_at, revision';

export function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    articleId: r.article_id,
    part: r.part as ClaimPart,
    quote: { exact: r.quote_exact, prefix: r.quote_prefix, suffix: r.quote_suffix },
    position: { start: r.pos_start, end: r.pos_end },
    orphaned: r.orphaned === 1,
    claimReviewed: r.claim_reviewed,
    claimant: r.claimant,
    claimDate: r.claim_date,
    verdict: r.verdict,
    rationale: r.rationale,
    status: r.status as ClaimStatus,
    assignee: r.assignee,
    verdictSetBy: r.verdict_set_by,
    approvedBy: r.approved_by,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    publishedUrl: r.published_url,
    modifiedAt: r.modified_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revision: r.revision,
  };
}

export interface SourceRow {
  id: number;
  claim_id: number;
  url: string;
  title: string | null;
  publisher: string | null;
  source_date: string | null;
  excerpt: string | null;
  stance: string;
  archive_url: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export const SOURCE_COLUMNS =
  'id, claim_id, url, title, publisher, source_date, excerpt, stance, archive_url, created_at, updated_at, revision';

export function toSource(r: SourceRow): Source {
  return {
    id: r.id,
    claimId: r.claim_id,
    url: r.url,
    title: r.title,
    publisher: r.publisher,
    date: r.source_date,
    excerpt: r.excerpt,
    stance: r.stance as SourceStance,
    archiveUrl: r.archive_url,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revision: r.revision,
  };
}

export interface CommentRow {
  id: number;
  claim_id: number;
  parent_id: number | null;
  author: string;
  body: string;
  resolved: number;
  created_at: string;
  revision: number;
}

export const COMMENT_COLUMNS = 'id, claim_id, parent_id, author, body, resolved, created_at, revision';

export function toComment(r: CommentRow): Comment {
  return {
    id: r.id,
    claimId: r.claim_id,
    parentId: r.parent_id,
    author: r.author,
    body: r.body,
    resolved: r.resolved === 1,
    createdAt: r.created_at,
    revision: r.revision,
  };
}

export interface VerdictRow {
  key: string;
  label: string;
  label_de: string | null;
  rating_value: number | null;
  color: string;
  color_dark: string | null;
  sort_order: number;
}

export function toVerdict(r: VerdictRow): Verdict {
  return { key: r.key, label: r.label, labelDe: r.label_de, ratingValue: r.rating_value, color: r.color, colorDark: r.color_dark ?? r.color, sortOrder: r.sort_order };
}

export interface ChangeRow {
  id: number;
  at: string;
  reviewer: string;
  entity: string;
  entity_id: number;
  article_id: number | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export const CHANGE_COLUMNS = 'id, at, reviewer, entity, entity_id, article_id, action, before_json, after_json';

export function toChange(r: ChangeRow): ChangeEntry {
  return {
    id: r.id,
    at: r.at,
    reviewer: r.reviewer,
    entity: r.entity as ChangeEntity,
    entityId: r.entity_id,
    articleId: r.article_id,
    action: r.action as ChangeAction,
    before: parseJsonObject(r.before_json),
    after: parseJsonObject(r.after_json),
  };
}

function parseJsonObject(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    // The file is untrusted: a malformed entry shows as empty rather than breaking the history view.
    return null;
  }
}
