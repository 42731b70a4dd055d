// Lexical positions <-> offsets in the text of an article's part. The body is the root's top-level
// ParagraphNodes, joined by PARAGRAPH_SEPARATOR ("\n\n"), exactly as the core stores Article.text;
// the headline and the teaser are one header block each, holding Article.title and
// Article.subtitle. Offsets are computed from node positions, never by searching for the selected
// text (a quote can repeat, and RangeSelection.getTextContent() joins paragraphs with one "\n").
import type { Article, ClaimPart } from '@common/domain/types';
import { $isArticleHeaderNode } from '../nodes/ArticleHeaderNode';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isParagraphNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';

/** How Article.text joins paragraphs: the domain's own constant. */
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
export { PARAGRAPH_SEPARATOR };

export interface TextRange {
  start: number;
  end: number;
}

/** A range of the text of one part of the article (a claim never spans two parts). */
export interface PartRange extends TextRange {
  part: ClaimPart;
}

/** The text a part's offsets index; mirrors partText in the core (the renderer imports only types). */
export function partTextOf(article: Pick<Article, 'title' | 'subtitle' | 'text'>, part: ClaimPart): string {
  if (part === 'headline') return article.title;
  if (part === 'teaser') return article.subtitle ?? '';
  return article.text;
}

/** The blocks of one part (body paragraphs, or the one headline or teaser block) and where each starts in its text. */
export interface BodyLayout {
  paragraphs: ElementNode[];
  starts: number[];
  /** Length of the part's whole text. */
  length: number;
}

/** The part whose text a top-level block holds; null for what no claim can quote (the dateline). */
export function $partOfBlock(block: LexicalNode): ClaimPart | null {
  if ($isParagraphNode(block)) return 'body';
  if (!$isArticleHeaderNode(block)) return null;
  const kind = block.getKind();
  return kind === 'headline' ? 'headline' : kind === 'subtitle' ? 'teaser' : null;
}

export function $getBodyLayout(): BodyLayout {
  return $getPartLayout('body');
}

export function $getPartLayout(part: ClaimPart): BodyLayout {
  const paragraphs = $getRoot()
    .getChildren()
    .filter((child): child is ElementNode => $isElementNode(child) && $partOfBlock(child) === part);
  const starts: number[] = [];
  let at = 0;
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) at += PARAGRAPH_SEPARATOR.length;
    starts.push(at);
    at += paragraph.getTextContentSize();
  });
  return { paragraphs, starts, length: at };
}

/** The body as the core's Article.text (used to check the document matches the article). */
export function $getBodyText(): string {
  return $getRoot()
    .getChildren()
    .filter($isParagraphNode)
    .map((p) => p.getTextContent())
    .join(PARAGRAPH_SEPARATOR);
}

/** Characters between the start of `block` and the start of `node` (a descendant of block). */
export function $offsetWithinBlock(node: LexicalNode, block: ElementNode): number {
  let total = 0;
  let current: LexicalNode = node;
  while (!current.is(block)) {
    for (let sibling = current.getPreviousSibling(); sibling !== null; sibling = sibling.getPreviousSibling()) {
      total += sibling.getTextContentSize();
    }
    const parent = current.getParent();
    if (parent === null) break;
    current = parent;
  }
  return total;
}

/**
 * Offset in Article.text of a selection point. Points in the header (before the body) clamp to 0;
 * points after the last paragraph clamp to the end.
 */
export function $pointToTextOffset(point: PointType, layout: BodyLayout = $getBodyLayout()): number {
  const node = point.getNode();
  const root = $getRoot();
  if (node.is(root)) {
    // An element point on the root: before the root child at `offset`.
    const children = root.getChildren();
    for (let i = point.offset; i < children.length; i++) {
      const index = layout.paragraphs.findIndex((p) => p.is(children[i]));
      if (index !== -1) return layout.starts[index] ?? 0;
    }
    return layout.length;
  }
  const block = node.getTopLevelElement();
  const index = block === null ? -1 : layout.paragraphs.findIndex((p) => p.is(block));
  if (block === null || index === -1) return 0;
  let local: number;
  if (point.type === 'text' || !$isElementNode(node)) {
    local = $offsetWithinBlock(node, block) + point.offset;
  } else {
    const child = node.getChildAtIndex(point.offset);
    local =
      child !== null
        ? $offsetWithinBlock(child, block)
        : $offsetWithinBlock(node, block) + node.getTextContentSize();
  }
  return (layout.starts[index] ?? 0) + local;
}

/** The text range a selection covers, or null when it is collapsed or outside the body. */
export function $selectionToTextRange(selection: RangeSelection, layout: BodyLayout = $getBodyLayout()): TextRange | null {
  const a = $pointToTextOffset(selection.anchor, layout);
  const b = $pointToTextOffset(selection.focus, layout);
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return end > start ? { start, end } : null;
}

/**
 * The part a selection is in and the range it covers there, or null when it is collapsed or in no
 * claimable part. A selection that runs from one part into another is taken in the part where it
 * ends, from that part's start (as a drag from the headline into the body gives the body's words).
 */
export function $selectionToPartRange(selection: RangeSelection): PartRange | null {
  const [, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const block = last.getNode().getTopLevelElement() ?? ($isElementNode(last.getNode()) ? last.getNode() : null);
  let part = block === null ? null : $partOfBlock(block);
  // A point on the root itself (between blocks) counts as the body's, as before parts existed.
  if (part === null && last.getNode().is($getRoot())) part = 'body';
  if (part === null) return null;
  const range = $selectionToTextRange(selection, $getPartLayout(part));
  return range === null ? null : { part, ...range };
}

/** Shrinks a range so it neither starts nor ends in white space (double-click selections do). */
export function trimTextRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

type Bias = 'start' | 'end';

interface LeafPoint {
  key: string;
  offset: number;
  type: 'text' | 'element';
}

/**
 * The Lexical point for a text offset. An offset on a boundary belongs to the following node
 * for a range start and to the preceding node for a range end, so a mark never swallows an
 * empty piece of its neighbour; offsets in a "\n\n" separator move into the adjacent paragraph.
 */
export function $textOffsetToPoint(offset: number, bias: Bias, layout: BodyLayout = $getBodyLayout()): LeafPoint | null {
  const located = locateInBody(offset, bias, layout);
  if (located === null) return null;
  const paragraph = layout.paragraphs[located.index];
  return paragraph === undefined ? null : $localPoint(paragraph, located.local, bias);
}

function locateInBody(offset: number, bias: Bias, layout: BodyLayout): { index: number; local: number } | null {
  const { paragraphs, starts } = layout;
  const count = paragraphs.length;
  if (count === 0) return null;
  const size = (i: number): number => paragraphs[i]?.getTextContentSize() ?? 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i] ?? 0;
    const end = start + size(i);
    if (offset < start) {
      // In the separator before paragraph i (i > 0, since starts[0] is 0).
      return bias === 'start' ? { index: i, local: 0 } : { index: i - 1, local: size(i - 1) };
    }
    if (offset < end || (offset === end && (bias === 'end' || i === count - 1))) {
      if (bias === 'end' && offset === start && i > 0) return { index: i - 1, local: size(i - 1) };
      return { index: i, local: offset - start };
    }
  }
  return { index: count - 1, local: size(count - 1) };
}

function $localPoint(block: ElementNode, local: number, bias: Bias): LeafPoint {
  let at = 0;
  for (const leaf of $leaves(block)) {
    const size = leaf.getTextContentSize();
    if ($isTextNode(leaf)) {
      const inside = bias === 'start' ? local >= at && local < at + size : local > at && local <= at + size;
      if (inside) return { key: leaf.getKey(), offset: local - at, type: 'text' };
    } else {
      // A line break: point between children of its parent.
      const parent = leaf.getParentOrThrow();
      if (bias === 'start' && local === at) {
        return { key: parent.getKey(), offset: leaf.getIndexWithinParent(), type: 'element' };
      }
      if (bias === 'end' && local === at + size) {
        return { key: parent.getKey(), offset: leaf.getIndexWithinParent() + 1, type: 'element' };
      }
    }
    at += size;
  }
  return { key: block.getKey(), offset: local === 0 ? 0 : block.getChildrenSize(), type: 'element' };
}

/** Text and line-break leaves of a block, in document order. */
function $leaves(element: ElementNode): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const child of element.getChildren()) {
    if ($isElementNode(child)) out.push(...$leaves(child));
    else out.push(child);
  }
  return out;
}

/** A RangeSelection over [start, end) of a part's text (the body's by default), or null when that part is empty. */
export function $textRangeToSelection(range: TextRange & { part?: ClaimPart }): RangeSelection | null {
  const layout = $getPartLayout(range.part ?? 'body');
  const anchor = $textOffsetToPoint(range.start, 'start', layout);
  const focus = $textOffsetToPoint(range.end, 'end', layout);
  if (anchor === null || focus === null) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, anchor.type);
  selection.focus.set(focus.key, focus.offset, focus.type);
  return selection;
}
