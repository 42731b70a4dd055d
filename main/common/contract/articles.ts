// Articles: the list, one article with its claims and sources, and importing files.
import { z } from 'zod';
import type { Problem } from '../domain/problem';
import type { Article, ArticleDetail, ArticlePage } from '../domain/types';
import { httpUrl, id, isoDate, returns, revision, shortText } from './shared';

/** A file handed over by the renderer (button or drop): name plus its bytes in base64. */
const importFile = z
  .object({
    name: z.string().min(1).max(1_000),
    /** Base64 of the file's bytes. Size is checked again in the core. */
    data: z.string(),
  })
  .strict();

/** Articles per page of listArticles when the caller names no limit (the store applies it). */
export const ARTICLE_PAGE_SIZE = 500;

/** An article's metadata as a reviewer may correct it (its text and parts stay as imported). */
const articlePatch = z
  .object({
    title: z.string().trim().refine((t) => t.length > 0, { message: 'an article needs a title', params: { problem: 'articleTitle' } }).max(2_000).optional(),
    sourceName: shortText.nullable().optional(),
    url: httpUrl.nullable().optional(),
    publishedAt: isoDate.nullable().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'a language is a code such as de or en')
      .nullable()
      .optional(),
    byline: shortText.nullable().optional(),
  })
  .strict();
export type ArticlePatch = z.infer<typeof articlePatch>;

export interface ImportOutcome {
  fileName: string;
  ok: boolean;
  /** Set when ok: the article (new, or the existing one when the text was already there). */
  articleId?: number;
  title?: string;
  duplicate?: boolean;
  /** Set when refused: the core's English sentence (logs, older readers). */
  error?: string;
  /** The refusal by key (common:problem.import.*), for the CLI and workbench to say in their language. */
  problem?: Problem;
  /** The article's version this import made or found (web pages and --version-of). */
  version?: number;
  /** Claims whose quote is gone from the new version. */
  orphanedClaims?: number[];
}

export const articlesContract = {
  listArticles: {
    input: z
      .object({
        search: z.string().max(500).optional(),
        sort: z.enum(['date', 'title', 'imported']).optional(),
        limit: z.number().int().positive().max(10_000).optional(),
        offset: z.number().int().nonnegative().optional(),
        /** One step of a search (issue 16): the text matches, then those found through claims or sources. */
        matches: z.enum(['text', 'related']).optional(),
      })
      .strict(),
    output: returns<ArticlePage>(),
  },
  getArticle: { input: z.object({ id }).strict(), output: returns<ArticleDetail>() },
  updateArticle: {
    input: z.object({ id, expectedRevision: revision, patch: articlePatch }).strict(),
    output: returns<Article>(),
  },
  importFiles: {
    input: z.object({ files: z.array(importFile).min(1).max(1_000) }).strict(),
    output: returns<ImportOutcome[]>(),
  },
} as const;
