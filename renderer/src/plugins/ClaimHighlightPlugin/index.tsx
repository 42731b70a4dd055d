// How claim highlights look and behave: coloured by verdict, the verdict on hover, the open
// claim outlined, and a click on a highlight opens its claim (cycling through overlapping ones).
// It decorates the <mark>s Lexical renders; the editor state only knows which claims they carry.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef } from 'react';
import type { Claim, Verdict } from '../../../../main/core/domain/types';
import { CLAIM_IDS_ATTRIBUTE } from '../../nodes/ClaimMarkNode';
import { STATUS_LABELS } from '../../model/claimFields';

interface Props {
  claims: readonly Claim[];
  verdicts: readonly Verdict[];
  selectedClaimId: number | null;
  onOpenClaim: (claimId: number) => void;
}

export const NO_VERDICT_COLOR = 'var(--no-verdict)';

function idsOf(element: Element): number[] {
  return (element.getAttribute(CLAIM_IDS_ATTRIBUTE) ?? '').split(' ').map(Number).filter((n) => n > 0);
}

const span = (c: Claim): number => c.position.end - c.position.start;

/** For overlapping claims the shortest one is the most specific: it gives the colour and the first click. */
function byPrecedence(claims: Claim[]): Claim[] {
  return [...claims].sort((a, b) => span(a) - span(b) || a.id - b.id);
}

function describe(claim: Claim, verdict: Verdict | undefined): string {
  const quote = claim.quote.exact.length > 60 ? `${claim.quote.exact.slice(0, 57)}…` : claim.quote.exact;
  return `${verdict?.label ?? 'No verdict yet'} · ${STATUS_LABELS[claim.status]} — “${quote}”`;
}

export function ClaimHighlightPlugin({ claims, verdicts, selectedClaimId, onOpenClaim }: Props) {
  const [editor] = useLexicalComposerContext();

  const decorate = useCallback(() => {
    const root = editor.getRootElement();
    if (root === null) return;
    const byId = new Map(claims.map((c) => [c.id, c]));
    const verdictOf = (c: Claim) => verdicts.find((v) => v.key === c.verdict);
    for (const mark of root.querySelectorAll<HTMLElement>(`mark[${CLAIM_IDS_ATTRIBUTE}]`)) {
      const ids = idsOf(mark);
      const marked = byPrecedence(ids.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined));
      const first = marked[0];
      const verdict = first === undefined ? undefined : verdictOf(first);
      mark.style.setProperty('--claim-color', verdict?.color ?? NO_VERDICT_COLOR);
      mark.dataset.verdict = first?.verdict ?? 'none';
      mark.title = marked.map((c) => describe(c, verdictOf(c))).join('\n');
      mark.classList.toggle('is-selected', selectedClaimId !== null && ids.includes(selectedClaimId));
    }
  }, [editor, claims, verdicts, selectedClaimId]);

  useEffect(() => {
    decorate();
    return editor.registerUpdateListener(() => decorate());
  }, [editor, decorate]);

  const open = useRef({ claims, selectedClaimId, onOpenClaim });
  useEffect(() => {
    open.current = { claims, selectedClaimId, onOpenClaim };
  });

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // A drag that selected text is the start of marking a claim, not a click on one.
      const selection = window.getSelection();
      if (selection !== null && !selection.isCollapsed) return;
      const mark = event.target instanceof Element ? event.target.closest(`mark[${CLAIM_IDS_ATTRIBUTE}]`) : null;
      if (mark === null) return;
      const { claims: all, selectedClaimId: selected, onOpenClaim: openClaim } = open.current;
      const ids = idsOf(mark);
      const ordered = byPrecedence(all.filter((c) => ids.includes(c.id))).map((c) => c.id);
      const at = selected === null ? -1 : ordered.indexOf(selected);
      const next = ordered[(at + 1) % ordered.length];
      if (next !== undefined) openClaim(next);
    };
    let current: HTMLElement | null = null;
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
      current = root;
    });
    return () => {
      unregister();
      current?.removeEventListener('click', onClick);
    };
  }, [editor]);

  return null;
}
