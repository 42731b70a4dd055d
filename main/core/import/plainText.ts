// Plain .txt files: the first line is the title (unless it is too long to be one), paragraphs are
// separated by blank lines, or by single newlines when the file has no blank lines at all.
import type { ParsedArticle } from '@common/domain/types';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { findDateline } from './dateline.js';
import { detectLanguage } from './language.js';
import { nonEmpty, normaliseInline } from './whitespace.js';

/** Longer first lines are body text, not a title. */
const MAX_TITLE_LENGTH = 300;

export function parsePlainText(text: string, fileName: string): ParsedArticle {
  const lines = text.split('\n').map(normaliseInline);
  const firstIndex = lines.findIndex((line) => line.length > 0);
  let title = fileStem(fileName);
  let bodyLines = lines;
  const first = lines[firstIndex] ?? '';
  const rest = lines.slice(firstIndex + 1);
  if (first.length <= MAX_TITLE_LENGTH && rest.some((line) => line.length > 0)) {
    title = first;
    bodyLines = rest;
  }

  const paragraphs = hasBlankSeparator(bodyLines) ? blocks(bodyLines) : nonEmpty(bodyLines);
  const body = paragraphs.join(PARAGRAPH_SEPARATOR);
  return {
    title,
    subtitle: null,
    dateline: paragraphs[0] === undefined ? null : findDateline(paragraphs[0]),
    byline: null,
    sourceName: null,
    url: null,
    language: detectLanguage(body),
    publishedAt: null,
    category: null,
    text: body,
    format: 'text',
    fileName,
  };
}

/** Whether blank lines separate paragraphs (a blank line between two non-blank lines of the body;
 *  the one after the title does not count). */
function hasBlankSeparator(lines: readonly string[]): boolean {
  const start = lines.findIndex((line) => line.length > 0);
  if (start === -1) return false;
  const end = lines.findLastIndex((line) => line.length > 0);
  return lines.slice(start, end).some((line) => line.length === 0);
}

/** Joins runs of non-blank lines into one paragraph each. */
function blocks(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.length > 0) {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** "000_ab12.txt" → "000_ab12": the title of a file whose text gives none. */
export function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
