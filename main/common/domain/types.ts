// The fact-checking domain as the rest of the app sees it: plain data, no storage or UI.
// Offsets in selectors refer to the text of the claim's part: `Article.text` for the body (the
// usual case), whose paragraphs are joined by "\n\n" (the same string Lexical's `$getRoot().getTextContent()` yields for paragraph nodes).

export const PARAGRAPH_SEPARATOR = '\n\n';

export type ArticleFormat = 'seed' | 'text' | 'markdown' | 'html';

export interface Article {
  id: number;
  title: string;
  /** The seed format's ASCII teaser, or an HTML page's excerpt/standfirst. */
  subtitle: string | null;
  /** e.g. "ST PETERSBURG"; also still present at the start of the first paragraph. */
  dateline: string | null;
  byline: string | null;
  sourceName: string | null;
  url: string | null;
  /** ISO 639-1 code, e.g. "de", or null when undetectable. */
  language: string | null;
  /** ISO 8601 date or date-time, as known. */
  publishedAt: string | null;
  category: string | null;
  /** Body paragraphs joined by PARAGRAPH_SEPARATOR: the text every selector indexes. */
  text: string;
  /** SHA-256 (hex) of `text`: identity for de-duplication and `urn:sha256:` targets. */
  contentHash: string;
  format: ArticleFormat;
  /** File name it was imported from (no directory), for the user's orientation. */
  fileName: string | null;
  importedAt: string;
  revision: number;
}

/** What an importer produces; the store adds id, hash, timestamps and revision. */
export type ParsedArticle = Omit<Article, 'id' | 'contentHash' | 'importedAt' | 'revision'>;

export interface ArticleSummary {
  id: number;
  title: string;
  sourceName: string | null;
  publishedAt: string | null;
  language: string | null;
  category: string | null;
  claimCount: number;
  /** Claims not yet Approved, Published or Rejected. */
  openClaimCount: number;
  /** A version of the text came after claims were marked (they were re-anchored, or orphaned). */
  textChangedAfterClaims: boolean;
  importedAt: string;
}

/**
 * One page of the article list (or of a search's matches), and how many there are in all, so a
 * list that is cut can say so ("500 of 4,000 articles").
 */
export interface ArticlePage {
  articles: ArticleSummary[];
  total: number;
  /** Where this page starts in the whole list (0-based). */
  offset: number;
  /** The most articles one page holds. */
  limit: number;
  /**
   * Set when `total` counts only the articles whose own text matches the search: those found
   * through claims or sources alone are not counted yet (the search's second step, issue 16).
   */
  totalIncomplete?: true;
  /**
   * Set when more articles match than `total` says: a search in date order counts its matches up
   * to a limit (10,000, or as far as the page reaches) rather than all of them (issue 16).
   */
  totalAtLeast?: true;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: [start, end) in UTF-16 code units of Article.text. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface ClaimAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * The part of an article a claim quotes. Headlines and teasers carry many of the claims a desk
 * checks, but are not in Article.text; a claim's selectors index the text of its own part.
 */
export const CLAIM_PARTS = ['body', 'headline', 'teaser'] as const;
export type ClaimPart = (typeof CLAIM_PARTS)[number];

/** Reading order, and the order `claim add --quote` searches them (the body, where most claims are, first). */
export const CLAIM_PART_ORDER: readonly ClaimPart[] = ['headline', 'teaser', 'body'];

export const CLAIM_PART_LABELS: Record<ClaimPart, string> = { body: 'Body', headline: 'Headline', teaser: 'Teaser' };

/** The text a claim's selectors index: the headline, the teaser ('' when there is none) or the body. */
export function partText(article: Pick<Article, 'title' | 'subtitle' | 'text'>, part: ClaimPart): string {
  if (part === 'headline') return article.title;
  if (part === 'teaser') return article.subtitle ?? '';
  return article.text;
}

export const CLAIM_STATUSES = [
  'draft',
  'in_research',
  'needs_review',
  'approved',
  'published',
  'rejected',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  in_research: 'In research',
  needs_review: 'Needs review',
  approved: 'Approved',
  published: 'Published',
  rejected: 'Rejected',
};

/** Statuses after which a claim no longer counts as open work. */
export const CLOSED_CLAIM_STATUSES: readonly ClaimStatus[] = ['approved', 'published', 'rejected'];

export interface Claim {
  id: number;
  articleId: number;
  /** Which text the selectors index: Article.text (body), Article.title or Article.subtitle. */
  part: ClaimPart;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** True when re-anchoring could not find the quote in the current article text. */
  orphaned: boolean;
  /** The claim as it will be reviewed (prefilled from the quote). */
  claimReviewed: string;
  claimant: string | null;
  /** ISO date the claim was made, if known. */
  claimDate: string | null;
  /** Key into the verdict scale, or null when no verdict yet. */
  verdict: string | null;
  rationale: string | null;
  status: ClaimStatus;
  assignee: string | null;
  /** Reviewer who last set the verdict (for the four-eyes rule). */
  verdictSetBy: string | null;
  approvedBy: string | null;
  /** When the fact-check was first published (kept through corrections); null while unpublished. */
  publishedAt: string | null;
  /** The reviewer who published it. */
  publishedBy: string | null;
  /** The fact-check's address: ClaimReview's `url`. */
  publishedUrl: string | null;
  /** When a correction last changed the published fact-check (ClaimReview's dateModified). */
  modifiedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** A correction of a published claim: the note readers see, when and by whom, and what it changed. */
export interface Correction {
  id: number;
  claimId: number;
  at: string;
  reviewer: string;
  note: string;
  /** Names of the changed fields (claim fields, or "sources"). */
  fields: string[];
}

export const SOURCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type SourceStance = (typeof SOURCE_STANCES)[number];

/** A stance as reports print it. */
export const STANCE_LABELS: Record<SourceStance, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

/** A stance as the source form offers it: the same choice, said as a sentence about the claim. */
export const STANCE_CHOICE_LABELS: Record<SourceStance, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Context',
};

export interface Source {
  id: number;
  claimId: number;
  url: string;
  title: string | null;
  publisher: string | null;
  /** ISO date of the source's publication. */
  date: string | null;
  excerpt: string | null;
  stance: SourceStance;
  archiveUrl: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** What describes a source, apart from where it is stored: the part a person enters or an import brings. */
export type SourceDescription = Pick<Source, 'url' | 'title' | 'publisher' | 'date' | 'excerpt' | 'stance' | 'archiveUrl'>;

/** One label of the configurable verdict scale. */
export interface Verdict {
  key: string;
  /** The English label. */
  label: string;
  /** The German label; reports in German fall back to the English one when it is missing. */
  labelDe: string | null;
  /** schema.org Rating ratingValue; null for labels outside the scale (e.g. Unverifiable). */
  ratingValue: number | null;
  /** #rrggbb colour of its highlights on the light theme, and in reports (printed on white). */
  color: string;
  /** #rrggbb colour of its highlights on the dark theme. */
  colorDark: string;
  sortOrder: number;
}

export const REPORT_LANGUAGES = ['en', 'de'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** A verdict's label in a report language. */
export function verdictLabel(verdict: Pick<Verdict, 'label' | 'labelDe'>, language: ReportLanguage): string {
  return language === 'de' && verdict.labelDe ? verdict.labelDe : verdict.label;
}

export interface VerdictScale {
  verdicts: Verdict[];
  bestRating: number;
  worstRating: number;
}

export interface Comment {
  id: number;
  claimId: number;
  parentId: number | null;
  author: string;
  body: string;
  resolved: boolean;
  createdAt: string;
  revision: number;
}

export type ChangeEntity = 'article' | 'claim' | 'source' | 'comment' | 'verdict_scale' | 'setting' | 'evidence';
export type ChangeAction = 'create' | 'update' | 'delete';

/** One entry of the append-only change log; also the feed other open copies follow. */
export interface ChangeEntry {
  id: number;
  at: string;
  reviewer: string;
  entity: ChangeEntity;
  entityId: number;
  articleId: number | null;
  action: ChangeAction;
  /**
   * Changed fields only, before and after; null for create (before) or delete (after). Removed
   * evidence is the exception: its delete keeps the reason and the hash in `after`.
   */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** An article with everything attached, as the reader and the exporters need it. */
export interface ArticleDetail {
  article: Article;
  claims: Claim[];
  sources: Source[];
}
