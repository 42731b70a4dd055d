// Article import: bytes of one file → ParsedArticle, plus finding and reading the files. The import
// service (store side) calls these; nothing here touches the database.
import path from 'node:path';
import type { ParsedArticle } from '@common/domain/types';
import { decodeArticleBytes } from './decode.js';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plainText.js';
import { tooDeepUncounted } from './limits.js';
import { refuseImport } from './problems.js';
import { parseSeed } from './seed.js';
import { checkHtmlStructure, checkMarkdownStructure } from './structure.js';
import { normaliseNewlines } from './whitespace.js';

export type { SkippedPath } from './files.js';
export { collectImportFiles, readImportFileSync, MAX_IMPORT_BYTES, IMPORTABLE_EXTENSIONS } from './files.js';
export { detectLanguage } from './language.js';
export type { ImportRefusal } from './problems.js';

type SourceKind = 'text' | 'markdown' | 'html';

/**
 * Parses one import file. `fileName` may be a path; the article records its base name.
 * Throws FactdeskError('bad_import') naming the file and the reason for anything that cannot become
 * an article: empty, binary, undecodable, or HTML without an article.
 */
export function parseArticleFile(fileName: string, bytes: Uint8Array): ParsedArticle {
  const name = path.basename(fileName);
  let kind = kindFromExtension(name);
  const decoded = decodeArticleBytes(name, bytes, { html: kind !== 'markdown' });
  const text = normaliseNewlines(decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text);
  if (text.trim().length === 0) throw refuseImport(name, 'empty', 'empty');
  refuseJson(name, text);
  // Files named without a known extension are sniffed: saved pages start with a doctype or <html>.
  kind ??= /^\s*(?:<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';

  let article: ParsedArticle;
  try {
    if (kind === 'html') {
      checkHtmlStructure(name, text);
      article = parseHtml(text, name);
    } else if (kind === 'markdown') {
      checkMarkdownStructure(name, text);
      article = parseMarkdown(text, name);
    } else article = parseSeed(text, name) ?? parsePlainText(text, name);
  } catch (e) {
    // The structure checks keep parsers off such files; this is the net under them.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw tooDeepUncounted(name);
    throw e;
  }

  if (article.text.length === 0) throw refuseImport(name, 'empty', 'noText');
  return article;
}

/** Web Annotation exports (and other JSON) are data, not article text: said, with where it belongs. */
function refuseJson(name: string, text: string): void {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return; // text that happens to start with a bracket, e.g. "[Update] …"
  }
  if (isWebAnnotation(json)) {
    throw refuseImport(name, 'json', 'annotations');
  }
  throw refuseImport(name, 'json', 'json');
}

function isWebAnnotation(json: unknown): boolean {
  const first: unknown = Array.isArray(json) ? json[0] : json;
  if (typeof first !== 'object' || first === null) return false;
  const { type, '@context': context } = first as { type?: unknown; '@context'?: unknown };
  const types = Array.isArray(type) ? type : [type];
  return (
    types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage') ||
    JSON.stringify(context ?? null).includes('www.w3.org/ns/anno.jsonld')
  );
}

function kindFromExtension(fileName: string): SourceKind | null {
  switch (path.extname(fileName).toLowerCase()) {
    case '.html':
    case '.htm':
      return 'html';
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.txt':
      return 'text';
    default:
      return null;
  }
}
