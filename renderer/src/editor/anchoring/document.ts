// Builds the reader's Lexical document from an article: header nodes, then one ParagraphNode per
// "\n\n"-separated paragraph of Article.text, made only of TextNodes and LineBreakNodes (never
// parsed from HTML, so markup in an article is shown as text and never runs). Claims are
// highlighted in the part they quote: the headline, the teaser or the body.
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isTextNode,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import type { Article, ClaimPart } from '@common/domain/types';
import { $createArticleHeaderNode, $isArticleHeaderNode, type ArticleHeaderKind } from '../nodes/ArticleHeaderNode';
import { $createClaimMarkNode, claimMarkId } from '../nodes/ClaimMarkNode';
import { $partOfBlock, PARAGRAPH_SEPARATOR, type TextRange } from './offsets';

/** What the reader needs of a claim to highlight it. */
export interface ClaimHighlight {
  id: number;
  /** The part whose text `position` indexes; the body when absent. */
  part?: ClaimPart;
  position: TextRange;
}

/** The highlights of one part. */
export function highlightsIn(part: ClaimPart, claims: readonly ClaimHighlight[]): ClaimHighlight[] {
  return claims.filter((c) => (c.part ?? 'body') === part);
}

export type ArticleHeading = Pick<Article, 'title' | 'subtitle' | 'dateline' | 'text'>;

/** Replaces the whole document: header plus body with every claim highlighted. */
export function $buildArticleDocument(article: ArticleHeading, claims: readonly ClaimHighlight[]): void {
  const root = $getRoot();
  root.clear();
  const header: [ArticleHeaderKind, string | null][] = [
    ['headline', article.title],
    ['subtitle', article.subtitle],
    ['dateline', article.dateline],
  ];
  for (const [kind, value] of header) {
    if (value !== null && value.trim() !== '') {
      const node = $createArticleHeaderNode(kind);
      const part = $partOfBlock(node);
      const marked = part === null ? [] : validHighlights(value, highlightsIn(part, claims));
      root.append(node.append(...$highlightedText(value, 0, value.length, marked)));
    }
  }
  root.append(...$bodyParagraphs(article.text, highlightsIn('body', claims)));
}

/**
 * Re-highlights every part from the claims' stored positions: the body paragraphs are rebuilt
 * from the text, the headline and teaser from their own text, with marks already flattened (one
 * mark per run of text with the same claims).
 */
export function $restoreClaimMarks(text: string, claims: readonly ClaimHighlight[]): void {
  const root = $getRoot();
  const header = root.getChildren().filter($isArticleHeaderNode);
  for (const block of header) {
    const part = $partOfBlock(block);
    if (part === null) continue;
    const own = block.getTextContent();
    block.clear();
    block.append(...$highlightedText(own, 0, own.length, validHighlights(own, highlightsIn(part, claims))));
  }
  root.clear();
  root.append(...header, ...$bodyParagraphs(text, highlightsIn('body', claims)));
}

function $bodyParagraphs(text: string, claims: readonly ClaimHighlight[]): ParagraphNode[] {
  const valid = validHighlights(text, claims);
  const paragraphs: ParagraphNode[] = [];
  let paragraphStart = 0;
  for (const paragraphText of text.split(PARAGRAPH_SEPARATOR)) {
    const paragraphEnd = paragraphStart + paragraphText.length;
    paragraphs.push($createParagraphNode().append(...$highlightedText(text, paragraphStart, paragraphEnd, valid)));
    paragraphStart = paragraphEnd + PARAGRAPH_SEPARATOR.length;
  }
  return paragraphs;
}

/** The nodes of [start, end) of `text`, each run covered by claims wrapped in one mark. */
function $highlightedText(text: string, start: number, end: number, valid: readonly ClaimHighlight[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const segment of segmentParagraph(start, end, valid)) {
    const nodes = $textNodes(text.slice(segment.start, segment.end));
    if (segment.ids.length === 0) {
      out.push(...nodes);
      continue;
    }
    // Line breaks stay outside marks, as $wrapSelectionInMarkNode leaves them when marking live.
    const ids = segment.ids.map(claimMarkId);
    for (const node of nodes) out.push($isTextNode(node) ? $createClaimMarkNode(ids).append(node) : node);
  }
  return out;
}

/** Claims whose stored position fits the text, in text order (others cannot be shown). */
export function validHighlights(text: string, claims: readonly ClaimHighlight[]): ClaimHighlight[] {
  return claims
    .filter((c) => c.position.start >= 0 && c.position.end <= text.length && c.position.end > c.position.start)
    .sort((a, b) => a.position.start - b.position.start || a.id - b.id);
}

interface Segment extends TextRange {
  ids: number[];
}

/** Cuts [start, end) at every claim boundary; each piece lists the claims covering it. */
export function segmentParagraph(start: number, end: number, claims: readonly ClaimHighlight[]): Segment[] {
  const inside = claims.filter((c) => c.position.start < end && c.position.end > start);
  const cuts = new Set<number>([start, end]);
  for (const c of inside) {
    cuts.add(Math.max(start, c.position.start));
    cuts.add(Math.min(end, c.position.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? start;
    const to = points[i + 1] ?? end;
    if (to <= from) continue;
    const ids = inside.filter((c) => c.position.start <= from && c.position.end >= to).map((c) => c.id);
    const previous = segments[segments.length - 1];
    if (previous !== undefined && sameIds(previous.ids, ids)) previous.end = to;
    else segments.push({ start: from, end: to, ids });
  }
  return segments;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Text as TextNodes, with single "\n" inside a paragraph as LineBreakNodes. */
function $textNodes(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push($createLineBreakNode());
    if (line !== '') nodes.push($createTextNode(line));
  });
  return nodes;
}
