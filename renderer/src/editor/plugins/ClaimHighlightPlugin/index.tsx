// How claim highlights look and behave: coloured by verdict, the verdict on hover, the open
// claim outlined, and a click on a highlight opens its claim (a chooser where claims overlap).
// It decorates the <mark>s Lexical renders; the editor state only knows which claims they carry.
//
// Decoration is incremental: a mark is (re)styled when Lexical creates or updates it (a mutation
// listener), or when one of its claims, the verdict scale or the open claim changes. Restyling
// every highlight after every editor update (selection changes included) cost several
// milliseconds per keystroke in an article with 300 claims.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OverlapChooser, type Choice } from './OverlapChooser';
import type { Claim, Verdict } from '@common/domain/types';
import { CLAIM_IDS_ATTRIBUTE, ClaimMarkNode } from '../../nodes/ClaimMarkNode';
import { i18n } from '../../../shared/i18n';
import { statusName, verdictName } from '../../../shared/labels';
import { verdictColour } from '../../../shared/verdictColour';

interface Props {
  claims: readonly Claim[];
  verdicts: readonly Verdict[];
  selectedClaimId: number | null;
  onOpenClaim: (claimId: number) => void;
}

/** Above this many changed claims one pass over all marks is cheaper than one query per claim. */
const RESTYLE_ALL_ABOVE = 40;

const MARK_SELECTOR = `mark[${CLAIM_IDS_ATTRIBUTE}]`;

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
  return i18n.t('workbench:highlight.describe', { verdict: verdictName(verdict), status: statusName(claim.status), quote });
}

interface Looks {
  claims: ReadonlyMap<number, Claim>;
  verdicts: ReadonlyMap<string, Verdict>;
  selectedClaimId: number | null;
}

/** Styles one mark from its claims; writes only what differs, so unchanged marks cause no style work. */
function decorateMark(mark: HTMLElement, looks: Looks): void {
  const ids = idsOf(mark);
  const marked = byPrecedence(ids.map((id) => looks.claims.get(id)).filter((c): c is Claim => c !== undefined));
  const first = marked[0];
  const verdictOf = (c: Claim) => (c.verdict === null ? undefined : looks.verdicts.get(c.verdict));
  const color = verdictColour(first === undefined ? undefined : verdictOf(first));
  const verdict = first?.verdict ?? 'none';
  const lines = marked.map((c) => describe(c, verdictOf(c)));
  const title = marked.length > 1 ? [i18n.t('workbench:highlight.several', { count: marked.length }), ...lines].join('\n') : lines.join('\n');
  const selected = looks.selectedClaimId !== null && ids.includes(looks.selectedClaimId);
  if (mark.style.getPropertyValue('--claim-color') !== color) mark.style.setProperty('--claim-color', color);
  if (mark.dataset.verdict !== verdict) mark.dataset.verdict = verdict;
  if (mark.title !== title) mark.title = title;
  if (mark.classList.contains('is-selected') !== selected) mark.classList.toggle('is-selected', selected);
}

/** Claims added, removed or replaced (a new revision is a new object) between two renders. */
function changedClaimIds(before: ReadonlyMap<number, Claim>, after: ReadonlyMap<number, Claim>): Set<number> {
  const changed = new Set<number>();
  for (const [id, claim] of after) if (before.get(id) !== claim) changed.add(id);
  for (const id of before.keys()) if (!after.has(id)) changed.add(id);
  return changed;
}

export function ClaimHighlightPlugin({ claims, verdicts, selectedClaimId, onOpenClaim }: Props) {
  const [editor] = useLexicalComposerContext();
  const claimsById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const { i18n: translator } = useTranslation('workbench');
  const language = translator.language;
  const verdictsByKey = useMemo(() => {
    void language; // a new map when the interface language changes, so every mark's title is written again in it
    return new Map(verdicts.map((v) => [v.key, v]));
  }, [verdicts, language]);

  // What the marks show; read by the mutation listener and the click handler. Set in a layout
  // effect so it is current before any passive effect (ArticleDocumentPlugin's) updates the editor.
  const looks = useRef<Looks>({ claims: claimsById, verdicts: verdictsByKey, selectedClaimId });
  const [choice, setChoice] = useState<Choice | null>(null);
  const onOpen = useRef(onOpenClaim);
  const shown = useRef<Looks | null>(null);
  useLayoutEffect(() => {
    looks.current = { claims: claimsById, verdicts: verdictsByKey, selectedClaimId };
    onOpen.current = onOpenClaim;
  });

  // Marks Lexical created or changed (a new claim wrapped, ids merged, a document rebuilt).
  // Registered in a layout effect, as ArticleDocumentPlugin changes the document in one: marks it
  // wraps or rebuilds are styled before the frame that first shows them.
  useLayoutEffect(
    () =>
      editor.registerMutationListener(ClaimMarkNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') continue;
          const element = editor.getElementByKey(key);
          if (element !== null) decorateMark(element, looks.current);
        }
        // Marks already in the document (its first state) are styled by the root listener below.
      }, { skipInitialization: true }),
    [editor],
  );

  // Marks whose claims, verdict colours or selection changed since they were last styled.
  useEffect(() => {
    const root = editor.getRootElement();
    const now: Looks = { claims: claimsById, verdicts: verdictsByKey, selectedClaimId };
    const before = shown.current;
    shown.current = now;
    if (root === null) return;
    let ids: Set<number> | null = null;
    if (before !== null && before.verdicts === now.verdicts) {
      ids = before.claims === now.claims ? new Set() : changedClaimIds(before.claims, now.claims);
      if (before.selectedClaimId !== now.selectedClaimId) {
        if (before.selectedClaimId !== null) ids.add(before.selectedClaimId);
        if (now.selectedClaimId !== null) ids.add(now.selectedClaimId);
      }
    }
    if (ids === null || ids.size > RESTYLE_ALL_ABOVE) {
      for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) decorateMark(mark, now);
      return;
    }
    const marks = new Set<HTMLElement>();
    for (const id of ids) {
      for (const mark of root.querySelectorAll<HTMLElement>(`mark[${CLAIM_IDS_ATTRIBUTE}~="${id}"]`)) marks.add(mark);
    }
    for (const mark of marks) decorateMark(mark, now);
  }, [editor, claimsById, verdictsByKey, selectedClaimId]);

  // The root element can be replaced (remount): style every mark of the new one.
  useLayoutEffect(
    () =>
      editor.registerRootListener((root) => {
        if (root === null) return;
        for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) decorateMark(mark, looks.current);
      }),
    [editor],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // A drag that selected text is the start of marking a claim, not a click on one.
      const selection = window.getSelection();
      if (selection !== null && !selection.isCollapsed) return;
      const mark = event.target instanceof Element ? event.target.closest(MARK_SELECTOR) : null;
      if (mark === null) return;
      const { claims: all, verdicts } = looks.current;
      const ordered = byPrecedence(idsOf(mark).flatMap((id) => all.get(id) ?? []));
      const only = ordered.length === 1 ? ordered[0] : undefined;
      if (only !== undefined) {
        onOpen.current(only.id);
        return;
      }
      // Several claims on these words: a small chooser, so each is one click away.
      const box = mark.getBoundingClientRect();
      setChoice({
        x: box.left,
        y: box.bottom + 4,
        claims: ordered.map((c) => ({ id: c.id, label: describe(c, c.verdict === null ? undefined : verdicts.get(c.verdict)) })),
      });
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

  return (
    choice !== null && (
      <OverlapChooser
        choice={choice}
        onPick={(id) => {
          setChoice(null);
          onOpen.current(id);
        }}
        onClose={() => setChoice(null)}
      />
    )
  );
}
