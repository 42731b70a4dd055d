// @vitest-environment jsdom
// Claim anchoring in a real Lexical editor (headless, no browser): selections become offsets
// into Article.text and stored offsets become the same highlights again.
import { describe, expect, it } from 'vitest';
import { createEditor, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import {
  $buildArticleDocument,
  $getBodyText,
  $readClaimRanges,
  $removeClaimMark,
  $restoreClaimMarks,
  $selectionToTextRange,
  $textRangeToSelection,
  $wrapClaimRange,
  $claimMarks,
  $syncClaimMarks,
  $wrapPendingClaim,
  $confirmPendingClaim,
  $dropPendingClaim,
  registerClaimMarkOverlapResolver,
  trimTextRange,
  type ClaimHighlight,
  type TextRange,
  PARAGRAPH_SEPARATOR,
} from '../../renderer/src/editor/anchoring';
import { PARAGRAPH_SEPARATOR as CORE_PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { ClaimMarkNode, pendingMarkId } from '../../renderer/src/editor/nodes/ClaimMarkNode';
import { ArticleHeaderNode } from '../../renderer/src/editor/nodes/ArticleHeaderNode';

const TEXT = [
  'ST PETERSBURG: Die Staats- und Regierungschefs trafen sich am Montag.',
  'Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei.',
  'Zeile eins\nZeile zwei mit Umbruch.',
  'Er sagte nicht, wie viele von ihnen in Weißrussland stationiert seien.',
].join('\n\n');

function newEditor(): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [ClaimMarkNode, ArticleHeaderNode],
    onError: (e) => {
      throw e;
    },
  });
  registerClaimMarkOverlapResolver(editor);
  return editor;
}

function load(editor: LexicalEditor, text: string, claims: ClaimHighlight[] = []): void {
  editor.update(
    () => $buildArticleDocument({ title: 'Putin und Lukaschenko', subtitle: 'Teaser', dateline: 'ST PETERSBURG', text }, claims),
    { discrete: true },
  );
}

function range(text: string, quote: string): TextRange {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length };
}

/** Mark runs as [text, ids] in document order: what a reader sees highlighted. */
function markRuns(editor: LexicalEditor): [string, string[]][] {
  return editor.getEditorState().read(() => $claimMarks().map((m) => [m.getTextContent(), m.getIDs().sort()]));
}

function readRanges(editor: LexicalEditor): Record<number, TextRange> {
  return Object.fromEntries(editor.getEditorState().read(() => $readClaimRanges()));
}

function selectAndMeasure(editor: LexicalEditor, r: TextRange): TextRange | null {
  let measured: TextRange | null = null;
  editor.update(
    () => {
      const selection = $textRangeToSelection(r);
      if (selection === null) throw new Error('no selection');
      $setSelection(selection);
      const current = $getSelection();
      measured = $isRangeSelection(current) ? $selectionToTextRange(current) : null;
    },
    { discrete: true },
  );
  return measured;
}

describe('the reader document', () => {
  it('holds the article text exactly, header excluded, line breaks kept', () => {
    const editor = newEditor();
    load(editor, TEXT);
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });

  it('uses the same paragraph separator as the core', () => {
    expect(PARAGRAPH_SEPARATOR).toBe(CORE_PARAGRAPH_SEPARATOR);
  });

  it('shows markup in the text as text', () => {
    const editor = newEditor();
    const evil = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>';
    load(editor, evil);
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(evil);
  });
});

describe('selection -> text offsets', () => {
  const editor = newEditor();
  load(editor, TEXT);

  it('measures a selection inside one paragraph by node position', () => {
    const r = range(TEXT, 'Einsatz russischer Atomwaffen im Oktober abgeschlossen');
    expect(selectAndMeasure(editor, r)).toEqual(r);
  });

  it('measures a selection across two paragraphs, counting the "\\n\\n" separator', () => {
    const r = { start: TEXT.indexOf('am Montag.'), end: TEXT.indexOf(', dass der') };
    expect(selectAndMeasure(editor, r)).toEqual(r);
  });

  it('measures across a line break inside a paragraph', () => {
    const r = range(TEXT, 'eins\nZeile zwei');
    expect(selectAndMeasure(editor, r)).toEqual(r);
  });

  it('measures a backward selection the same way', () => {
    const r = range(TEXT, 'Atomwaffen');
    let measured: TextRange | null = null;
    editor.update(
      () => {
        const selection = $textRangeToSelection(r);
        if (selection === null) throw new Error('no selection');
        const { anchor, focus } = selection;
        const a = { key: anchor.key, offset: anchor.offset, type: anchor.type };
        anchor.set(focus.key, focus.offset, focus.type);
        focus.set(a.key, a.offset, a.type);
        expect(selection.isBackward()).toBe(true);
        measured = $selectionToTextRange(selection);
      },
      { discrete: true },
    );
    expect(measured).toEqual(r);
  });

  it('clamps a selection that starts in the headline to the start of the body', () => {
    let measured: TextRange | null = null;
    editor.update(
      () => {
        const selection = $textRangeToSelection({ start: 0, end: 5 });
        if (selection === null) throw new Error('no selection');
        const headline = selection.anchor.getNode().getTopLevelElementOrThrow().getPreviousSiblings()[0];
        if (headline === undefined) throw new Error('no header');
        selection.anchor.set(headline.getKey(), 0, 'element');
        measured = $selectionToTextRange(selection);
      },
      { discrete: true },
    );
    expect(measured).toEqual({ start: 0, end: 5 });
  });

  it('trims white space around a selection', () => {
    expect(trimTextRange('a  word  b', { start: 1, end: 8 })).toEqual({ start: 3, end: 7 });
    expect(trimTextRange('a   b', { start: 1, end: 4 })).toBeNull();
  });
});

describe('text offsets -> highlights', () => {
  const october = range(TEXT, 'Einsatz russischer Atomwaffen im Oktober abgeschlossen');
  const weapons = range(TEXT, 'russischer Atomwaffen');
  const later = range(TEXT, 'Atomwaffen im Oktober abgeschlossen sei.');
  const across = { start: TEXT.indexOf('am Montag.'), end: TEXT.indexOf(', dass der') };

  it('wraps a new claim in one mark carrying its id', () => {
    const editor = newEditor();
    load(editor, TEXT);
    editor.update(() => void $wrapClaimRange(7, october), { discrete: true });
    expect(markRuns(editor)).toEqual([['Einsatz russischer Atomwaffen im Oktober abgeschlossen', ['7']]]);
    expect(readRanges(editor)).toEqual({ 7: october });
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });

  it('flattens overlapping claims into marks carrying both ids', () => {
    const editor = newEditor();
    load(editor, TEXT);
    editor.update(() => void $wrapClaimRange(1, october), { discrete: true });
    editor.update(() => void $wrapClaimRange(2, weapons), { discrete: true });
    editor.update(() => void $wrapClaimRange(3, later), { discrete: true });
    expect(markRuns(editor)).toEqual([
      ['Einsatz ', ['1']],
      ['russischer ', ['1', '2']],
      ['Atomwaffen', ['1', '2', '3']],
      [' im Oktober abgeschlossen', ['1', '3']],
      [' sei.', ['3']],
    ]);
    expect(readRanges(editor)).toEqual({ 1: october, 2: weapons, 3: later });
  });

  it('highlights a claim across two paragraphs as one mark per paragraph', () => {
    const editor = newEditor();
    load(editor, TEXT);
    editor.update(() => void $wrapClaimRange(4, across), { discrete: true });
    expect(markRuns(editor)).toEqual([
      ['am Montag.', ['4']],
      ['Lukaschenko sagte letzten Monat', ['4']],
    ]);
    expect(readRanges(editor)).toEqual({ 4: across });
  });

  it('restores stored claims in one update exactly as marking them one by one did', () => {
    const claims: ClaimHighlight[] = [
      { id: 1, position: october },
      { id: 2, position: weapons },
      { id: 3, position: later },
      { id: 4, position: across },
      { id: 5, position: range(TEXT, 'eins\nZeile') },
    ];
    const marked = newEditor();
    load(marked, TEXT);
    for (const c of claims) marked.update(() => void $wrapClaimRange(c.id, c.position), { discrete: true });

    const restored = newEditor();
    load(restored, TEXT, claims);

    expect(markRuns(restored)).toEqual(markRuns(marked));
    const expected = Object.fromEntries(claims.map((c) => [c.id, c.position]));
    expect(readRanges(restored)).toEqual(expected);
    expect(readRanges(marked)).toEqual(expected);
    expect(restored.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });

  it('round-trips: restored highlight -> selection -> the same offsets', () => {
    const editor = newEditor();
    load(editor, TEXT, [{ id: 9, position: across }]);
    expect(selectAndMeasure(editor, across)).toEqual(across);
    const serialized = JSON.stringify(editor.getEditorState().toJSON());
    const reparsed = newEditor();
    reparsed.setEditorState(reparsed.parseEditorState(serialized));
    expect(readRanges(reparsed)).toEqual({ 9: across });
  });

  it('re-highlights in place when claims change', () => {
    const editor = newEditor();
    load(editor, TEXT, [{ id: 1, position: october }]);
    editor.update(() => $restoreClaimMarks(TEXT, [{ id: 2, position: weapons }]), { discrete: true });
    expect(readRanges(editor)).toEqual({ 2: weapons });
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });

  it('skips claims whose stored position lies outside the text', () => {
    const editor = newEditor();
    load(editor, TEXT, [{ id: 1, position: { start: 5, end: TEXT.length + 10 } }]);
    expect(readRanges(editor)).toEqual({});
  });

  it('removes a deleted claim and keeps the overlapping one', () => {
    const editor = newEditor();
    load(editor, TEXT, [
      { id: 1, position: october },
      { id: 2, position: weapons },
    ]);
    editor.update(() => $removeClaimMark(1), { discrete: true });
    expect(readRanges(editor)).toEqual({ 2: weapons });
    expect(markRuns(editor)).toEqual([['russischer Atomwaffen', ['2']]]);
    editor.update(() => $removeClaimMark(2), { discrete: true });
    expect(markRuns(editor)).toEqual([]);
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });
});

describe('keeping highlights in line with the claims', () => {
  const october = range(TEXT, 'Einsatz russischer Atomwaffen im Oktober abgeschlossen');
  const weapons = range(TEXT, 'russischer Atomwaffen');

  it('wraps new claims, unwraps deleted ones, and restores all when one moved', () => {
    const editor = newEditor();
    load(editor, TEXT, [{ id: 1, position: october }]);
    const sync = (claims: ClaimHighlight[]): string => {
      let outcome = '';
      editor.update(() => void (outcome = $syncClaimMarks(TEXT, claims)), { discrete: true });
      return outcome;
    };
    expect(sync([{ id: 1, position: october }])).toBe('unchanged');
    expect(sync([{ id: 1, position: october }, { id: 2, position: weapons }])).toBe('patched');
    expect(readRanges(editor)).toEqual({ 1: october, 2: weapons });
    expect(sync([{ id: 2, position: weapons }])).toBe('patched');
    expect(readRanges(editor)).toEqual({ 2: weapons });
    const moved = { start: weapons.start + 1, end: weapons.end };
    expect(sync([{ id: 2, position: moved }])).toBe('restored');
    expect(readRanges(editor)).toEqual({ 2: moved });
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });
});

describe('a claim highlighted while it is being saved', () => {
  const october = range(TEXT, 'Einsatz russischer Atomwaffen im Oktober abgeschlossen');
  const weapons = range(TEXT, 'russischer Atomwaffen');
  const pending = pendingMarkId(1);

  it('is shown at once, is no claim until saved, then carries the claim id as if marked after saving', () => {
    const editor = newEditor();
    load(editor, TEXT, [{ id: 1, position: october }]);
    editor.update(() => void $wrapPendingClaim(pending, weapons), { discrete: true });
    expect(markRuns(editor)).toEqual([
      ['Einsatz ', ['1']],
      ['russischer Atomwaffen', ['1', pending].sort()],
      [' im Oktober abgeschlossen', ['1']],
    ]);
    // Nothing reads the provisional mark as a claim: the sync leaves it alone.
    expect(readRanges(editor)).toEqual({ 1: october });
    let outcome = '';
    editor.update(() => void (outcome = $syncClaimMarks(TEXT, [{ id: 1, position: october }])), { discrete: true });
    expect(outcome).toBe('unchanged');

    let confirmed = false;
    editor.update(() => void (confirmed = $confirmPendingClaim(pending, 2)), { discrete: true });
    expect(confirmed).toBe(true);
    const markedAfterSaving = newEditor();
    load(markedAfterSaving, TEXT, [{ id: 1, position: october }]);
    markedAfterSaving.update(() => void $wrapClaimRange(2, weapons), { discrete: true });
    expect(markRuns(editor)).toEqual(markRuns(markedAfterSaving));
    // The claims' sync then finds the saved claim already highlighted where it is stored.
    const claims = [{ id: 1, position: october }, { id: 2, position: weapons }];
    editor.update(() => void (outcome = $syncClaimMarks(TEXT, claims)), { discrete: true });
    expect(outcome).toBe('unchanged');
    expect(readRanges(editor)).toEqual({ 1: october, 2: weapons });
  });

  it('goes when the claim was not saved, leaving the text and other highlights as they were', () => {
    const editor = newEditor();
    load(editor, TEXT, [{ id: 1, position: october }]);
    const before = markRuns(editor);
    editor.update(() => void $wrapPendingClaim(pending, weapons), { discrete: true });
    editor.update(() => $dropPendingClaim(pending), { discrete: true });
    expect(readRanges(editor)).toEqual({ 1: october });
    // The claim's highlight may stay cut where the provisional one was: same text, same claim.
    expect(markRuns(editor).every(([, ids]) => ids.join() === '1')).toBe(true);
    expect(markRuns(editor).map(([text]) => text).join('')).toBe(before.map(([text]) => text).join(''));
    expect(editor.getEditorState().read(() => $getBodyText())).toBe(TEXT);
  });

  it('cannot be confirmed once a rebuild dropped it; the sync then highlights the claim', () => {
    const editor = newEditor();
    load(editor, TEXT);
    editor.update(() => void $wrapPendingClaim(pending, weapons), { discrete: true });
    editor.update(() => $restoreClaimMarks(TEXT, []), { discrete: true });
    let confirmed = true;
    editor.update(() => void (confirmed = $confirmPendingClaim(pending, 2)), { discrete: true });
    expect(confirmed).toBe(false);
    let outcome = '';
    editor.update(() => void (outcome = $syncClaimMarks(TEXT, [{ id: 2, position: weapons }])), { discrete: true });
    expect(outcome).toBe('patched');
    expect(markRuns(editor)).toEqual([['russischer Atomwaffen', ['2']]]);
  });
});
