// Claims reachable from the keyboard and told to screen readers: Alt+Down / Alt+Up (or ] and [)
// in the reader move the focus to the next / previous claim's highlight in reading order, Enter
// opens it, and every highlight is described (aria-describedby) by its claim's verdict, status
// and quote. Highlights take focus only this way (tabIndex -1): Tab does not stop on hundreds.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { memo, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Claim, Verdict } from '@common/domain/types';
import { CLAIM_IDS_ATTRIBUTE, ClaimMarkNode } from '../../nodes/ClaimMarkNode';
import { statusName, verdictName } from '../../../shared/labels';
import { claimStops, nextStop } from './readingOrder';

interface Props {
  claims: readonly Claim[];
  verdicts: readonly Verdict[];
}

export const NEXT_CLAIM_KEYS = 'Alt+ArrowDown ]';
export const PREVIOUS_CLAIM_KEYS = 'Alt+ArrowUp [';

const MARK_SELECTOR = `mark[${CLAIM_IDS_ATTRIBUTE}]`;

function idsOf(mark: Element): number[] {
  return (mark.getAttribute(CLAIM_IDS_ATTRIBUTE) ?? '').split(' ').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

function step(event: KeyboardEvent): 1 | -1 | null {
  const alt = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
  if ((alt && event.key === 'ArrowDown') || (plain && event.key === ']')) return 1;
  if ((alt && event.key === 'ArrowUp') || (plain && event.key === '[')) return -1;
  return null;
}

/** The id of the hidden element that describes a claim's highlights. */
const descriptionId = (prefix: string, claimId: number): string => `${prefix}-claim-${claimId}`;

function quoteOf(claim: Claim): string {
  return claim.quote.exact.length > 300 ? `${claim.quote.exact.slice(0, 297)}…` : claim.quote.exact;
}

export function ClaimNavigationPlugin({ claims, verdicts }: Props) {
  const [editor] = useLexicalComposerContext();
  const prefix = useId();
  const claimsById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const latest = useRef(claimsById);
  const current = useRef<number | null>(null);
  useLayoutEffect(() => {
    latest.current = claimsById;
  });

  // A layout effect, like the document's build (ArticleDocumentPlugin): new highlights are
  // described before the frame that first shows them.
  useLayoutEffect(() => {
    const describe = (mark: HTMLElement) => {
      const ids = idsOf(mark).map((id) => descriptionId(prefix, id)).join(' ');
      if (mark.getAttribute('aria-describedby') !== ids) mark.setAttribute('aria-describedby', ids);
      if (mark.getAttribute('tabindex') !== '-1') mark.setAttribute('tabindex', '-1');
    };
    const describeAll = (root: HTMLElement | null) => {
      for (const mark of root?.querySelectorAll<HTMLElement>(MARK_SELECTOR) ?? []) describe(mark);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      if (root === null) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if ((event.key === 'Enter' || event.key === ' ') && target?.matches(MARK_SELECTOR)) {
        // The same as a click: opens the claim (or offers a choice where claims overlap).
        event.preventDefault();
        target.click();
        return;
      }
      const direction = step(event);
      if (direction === null) return;
      event.preventDefault();
      const stops = claimStops(root.querySelectorAll<HTMLElement>(MARK_SELECTOR), idsOf, latest.current);
      const onMark = target?.matches(MARK_SELECTOR) === true && current.current !== null && idsOf(target).includes(current.current);
      const selection = window.getSelection();
      const caret = selection !== null && selection.rangeCount > 0 && root.contains(selection.focusNode) ? selection.getRangeAt(0) : null;
      const stop = nextStop(stops, onMark ? current.current : null, caret, direction);
      if (stop === null) return;
      current.current = stop.claimId;
      // Only the focus moves: a selection change would take it back to the text's root. The
      // caret keys start from the focused highlight (ReaderKeyboardPlugin).
      stop.mark.focus({ preventScroll: true });
      stop.mark.scrollIntoView({ block: 'center' });
    };
    let attached: HTMLElement | null = null;
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
      attached = root;
      describeAll(root);
    });
    const unregisterMutations = editor.registerMutationListener(ClaimMarkNode, (mutations) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') continue;
        const element = editor.getElementByKey(key);
        if (element !== null) describe(element);
      }
      // Marks already in the document (its first state) were described by the root listener.
    }, { skipInitialization: true });
    return () => {
      unregisterRoot();
      unregisterMutations();
      attached?.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, prefix]);

  const { t } = useTranslation('workbench');
  const verdictsByKey = useMemo(() => new Map(verdicts.map((v) => [v.key, v])), [verdicts]);
  return (
    <div hidden>
      {claims.map((claim) => (
        <ClaimDescription
          key={claim.id}
          id={descriptionId(prefix, claim.id)}
          claim={claim}
          verdict={claim.verdict === null ? undefined : verdictsByKey.get(claim.verdict)}
          t={t}
        />
      ))}
    </div>
  );
}

interface DescriptionProps {
  id: string;
  claim: Claim;
  verdict: Verdict | undefined;
  /** A new function when the interface language changes, so every description is worded again. */
  t: TFunction<'workbench'>;
}

/**
 * One claim's description, memoised on its claim object and verdict: the reader re-renders on
 * every change of the workspace (marking, saving, the live feed), and wording all 300
 * descriptions of a long article each time cost tens of milliseconds per mark.
 */
const ClaimDescription = memo(function ClaimDescription({ id, claim, verdict, t }: DescriptionProps) {
  return (
    <span id={id}>
      {t('highlight.announce', { id: String(claim.id), verdict: verdictName(verdict), status: statusName(claim.status), quote: quoteOf(claim) })}
    </span>
  );
});
