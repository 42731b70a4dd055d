// A claim highlight: Lexical's MarkNode whose DOM <mark> carries the claim ids, so the
// UI (click, hover, colour) and tests can find a claim's highlight without reading editor state.
import { MarkNode } from '@lexical/mark';
import type { EditorConfig, LexicalNode } from 'lexical';
import { $applyNodeReplacement } from 'lexical';

export const CLAIM_IDS_ATTRIBUTE = 'data-claim-ids';

export class ClaimMarkNode extends MarkNode {
  override $config() {
    return this.config('claim-mark', { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.setAttribute(CLAIM_IDS_ATTRIBUTE, this.__ids.join(' '));
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    const recreate = super.updateDOM(prevNode, element, config);
    if (prevNode.__ids.join(' ') !== this.__ids.join(' ')) {
      element.setAttribute(CLAIM_IDS_ATTRIBUTE, this.__ids.join(' '));
    }
    return recreate;
  }
}

export function $createClaimMarkNode(ids: readonly string[]): ClaimMarkNode {
  return $applyNodeReplacement(new ClaimMarkNode(ids));
}

export function $isClaimMarkNode(node: LexicalNode | null | undefined): node is ClaimMarkNode {
  return node instanceof ClaimMarkNode;
}

/** Mark ids are claim ids as strings; this is the one place that converts. */
export function claimMarkId(claimId: number): string {
  return String(claimId);
}

/**
 * The mark id of a claim still being saved (its highlight is shown at once). Not a number, so
 * claimIdsOfMark and the highlight styling never take it for a claim.
 */
export function pendingMarkId(serial: number): string {
  return `pending-${serial}`;
}

export function claimIdsOfMark(ids: readonly string[]): number[] {
  return ids.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}
