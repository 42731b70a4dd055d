// The newsroom seed format (see shared/docs/mission.md):
//   line 1  headline, ending in " |"
//   line 2  blank
//   line 3  ASCII-folded teaser (kept apart from the body)
//   then    body paragraphs, one per line, the first starting with a dateline ("ST PETERSBURG:")
//   then    a blank line and the category slug ("toi-allgemeines"), no final newline.
import type { ParsedArticle } from '@common/domain/types';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { findDateline } from './dateline.js';
import { detectLanguage } from './language.js';

/** A feed/category slug: lower-case words joined by hyphens or underscores. */
const CATEGORY_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;

/** Slug prefixes whose publisher is known for certain (the seed's `toi-…` feeds are Times of India). */
const SOURCE_BY_SLUG_PREFIX: Readonly<Record<string, string>> = { toi: 'Times of India' };

/** Splits `text` (newlines already LF) into seed parts, or returns null if it is not the seed format. */
export function parseSeed(text: string, fileName: string): ParsedArticle | null {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop(); // tolerate a final newline
  // headline, blank, teaser, at least one body line, blank, slug
  if (lines.length < 6) return null;
  const headlineLine = lines[0]!.trimEnd();
  const slug = lines[lines.length - 1]!.trim();
  if (!headlineLine.endsWith(' |')) return null;
  if (lines[1]!.trim() !== '' || lines[2]!.trim() === '' || lines[lines.length - 2]!.trim() !== '') return null;
  if (slug.length > MAX_SLUG_LENGTH || !CATEGORY_SLUG.test(slug)) return null;

  const title = headlineLine.slice(0, -2).trim();
  const paragraphs = lines
    .slice(3, -2)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (title.length === 0 || paragraphs.length === 0) return null;

  const body = paragraphs.join(PARAGRAPH_SEPARATOR);
  return {
    title,
    subtitle: lines[2]!.trim(),
    dateline: findDateline(paragraphs[0]!),
    byline: null,
    sourceName: SOURCE_BY_SLUG_PREFIX[slug.split(/[-_]/)[0]!] ?? null,
    url: null,
    language: detectLanguage(body),
    publishedAt: null,
    category: slug,
    text: body,
    format: 'seed',
    fileName,
  };
}
