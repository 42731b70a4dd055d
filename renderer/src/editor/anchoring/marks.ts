// Claim highlights in a live document: wrap a new claim, remove a deleted one, read back
// which text each claim covers (to tell whether the document still matches the claims).
import { $wrapSelectionInMarkNode, $unwrapMarkNode } from '@lexical/mark';
import { registerNestedElementResolver } from '@lexical/utils';
import { $isElementNode, type ElementNode, type LexicalEditor } from 'lexical';
import { CLAIM_PARTS_SHOWN } from './parts';
import type { ClaimPart } from '@common/domain/types';
import {
  $createClaimMarkNode,
  $isClaimMarkNode,
  ClaimMarkNode,
  claimIdsOfMark,
  claimMarkId,
} from '../nodes/ClaimMarkNode';
import { $getPartLayout, $textRangeToSelection, type TextRange } from './offsets';
import { $restoreClaimMarks, highlightsIn, validHighlights, type ClaimHighlight } from './document';

/** A range in the body's text, or in the headline's or teaser's when it names that part. */
type MarkRange = TextRange & { part?: ClaimPart };

/**
 * Flattens a mark created inside another mark (an overlapping claim) into sibling marks
 * carrying both ids, as the Lexical playground does for comments.
 */
export function registerClaimMarkOverlapResolver(editor: LexicalEditor): () => void {
  return registerNestedElementResolver<ClaimMarkNode>(
    editor,
    ClaimMarkNode,
    (from) => $createClaimMarkNode(from.getIDs()),
    (from, to) => {
      for (const id of from.getIDs()) to.addID(id);
    },
  );
}

/** Highlights a new claim over [start, end) of its part's text (the body's by default). */
export function $wrapClaimRange(claimId: number, range: MarkRange): boolean {
  return $wrapRange(claimMarkId(claimId), range);
}

function $wrapRange(markId: string, range: MarkRange): boolean {
  const selection = $textRangeToSelection(range);
  if (selection === null) return false;
  $wrapSelectionInMarkNode(selection, false, markId, (ids) => $createClaimMarkNode(ids));
  return true;
}

/** Removes a claim's highlight; marks left without claims are unwrapped into plain text. */
export function $removeClaimMark(claimId: number): void {
  $removeMarkId(claimMarkId(claimId));
}

function $removeMarkId(id: string): void {
  for (const mark of $claimMarks()) {
    if (!mark.hasID(id)) continue;
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

/**
 * A claim being saved is highlighted at once under a provisional mark id (not a claim id, so
 * nothing else reads it as a claim); when the core answers, the id is swapped for the claim's,
 * which keeps the marks and their DOM as they are (see pendingMarkId).
 */
export function $wrapPendingClaim(pendingId: string, range: MarkRange): boolean {
  return $wrapRange(pendingId, range);
}

/** The saved claim takes over its provisional highlight; false when that is gone (a rebuild). */
export function $confirmPendingClaim(pendingId: string, claimId: number): boolean {
  const id = claimMarkId(claimId);
  let found = false;
  for (const mark of $claimMarks()) {
    if (!mark.hasID(pendingId)) continue;
    found = true;
    mark.deleteID(pendingId);
    if (!mark.hasID(id)) mark.addID(id);
  }
  return found;
}

/** Removes a provisional highlight (the claim was not saved). */
export function $dropPendingClaim(pendingId: string): void {
  $removeMarkId(pendingId);
}

/** Every claim mark in the headline, the teaser and the body, in document order. */
export function $claimMarks(): ClaimMarkNode[] {
  const found: ClaimMarkNode[] = [];
  const visit = (element: ElementNode): void => {
    for (const child of element.getChildren()) {
      if ($isClaimMarkNode(child)) found.push(child);
      if ($isElementNode(child)) visit(child);
    }
  };
  for (const part of CLAIM_PARTS_SHOWN) for (const block of $getPartLayout(part).paragraphs) visit(block);
  return found;
}

/** The text each claim highlighted in a part (the body by default) spans now: from its first marked character to its last. */
export function $readClaimRanges(part: ClaimPart = 'body'): Map<number, TextRange> {
  const layout = $getPartLayout(part);
  const ranges = new Map<number, TextRange>();
  layout.paragraphs.forEach((paragraph, index) => {
    // One pass with a running offset: measuring each mark from its paragraph's start walked all
    // its previous siblings, quadratic in a paragraph with many claims.
    const visit = (element: ElementNode, offset: number): void => {
      let at = offset;
      for (const child of element.getChildren()) {
        const size = child.getTextContentSize();
        if ($isClaimMarkNode(child)) {
          for (const claimId of claimIdsOfMark(child.getIDs())) {
            const known = ranges.get(claimId);
            ranges.set(claimId, {
              start: Math.min(known?.start ?? at, at),
              end: Math.max(known?.end ?? at + size, at + size),
            });
          }
        }
        if ($isElementNode(child)) visit(child, at);
        at += size;
      }
    };
    visit(paragraph, layout.starts[index] ?? 0);
  });
  return ranges;
}

/**
 * Brings the highlights in line with the claims after a change (own or from the live feed):
 * new claims are wrapped, deleted ones unwrapped; if any claim moved, all are restored from
 * their stored positions. `text` is the body's; the headline and teaser are read from the
 * document, which holds them unchanged. Returns what it did, for tests and timing.
 */
export function $syncClaimMarks(text: string, claims: readonly ClaimHighlight[]): 'unchanged' | 'patched' | 'restored' {
  const parts = CLAIM_PARTS_SHOWN.map((part) => {
    const partText = part === 'body' ? text : $getPartLayout(part).paragraphs.map((b) => b.getTextContent()).join('');
    const wanted = new Map(validHighlights(partText, highlightsIn(part, claims)).map((c) => [c.id, c.position]));
    return { part, wanted, shown: $readClaimRanges(part) };
  });
  const moved = parts.some(({ wanted, shown }) =>
    [...wanted].some(([id, r]) => {
      const s = shown.get(id);
      return s !== undefined && (s.start !== r.start || s.end !== r.end);
    }),
  );
  if (moved) {
    $restoreClaimMarks(text, claims);
    return 'restored';
  }
  let changed = false;
  for (const { wanted, shown } of parts) {
    for (const id of shown.keys()) {
      if (!wanted.has(id)) {
        $removeClaimMark(id);
        changed = true;
      }
    }
  }
  for (const { part, wanted, shown } of parts) {
    for (const [id, range] of wanted) {
      if (!shown.has(id)) {
        $wrapClaimRange(id, { part, ...range });
        changed = true;
      }
    }
  }
  return changed ? 'patched' : 'unchanged';
}
