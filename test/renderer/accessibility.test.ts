// Issue 15: the pure parts of the keyboard and screen-reader support: which caret movement a key
// asks for in the read-only reader, and the sentence said when colleagues change the file.
import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '@common/domain/types';
import { caretMove } from '../../renderer/src/editor/plugins/ReaderKeyboardPlugin/caretKeys';
import { changeAnnouncement } from '../../renderer/src/shared/changeAnnouncement';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('caret keys in the reader', () => {
  it('moves by letters, words, lines and to the ends; Shift selects', () => {
    expect(caretMove(key('ArrowRight'))).toEqual({ alter: 'move', direction: 'forward', granularity: 'character' });
    expect(caretMove(key('ArrowLeft', { shiftKey: true }))).toEqual({ alter: 'extend', direction: 'backward', granularity: 'character' });
    expect(caretMove(key('ArrowRight', { shiftKey: true, ctrlKey: true }))).toEqual({ alter: 'extend', direction: 'forward', granularity: 'word' });
    expect(caretMove(key('ArrowDown', { shiftKey: true }))).toEqual({ alter: 'extend', direction: 'forward', granularity: 'line' });
    expect(caretMove(key('End'))).toEqual({ alter: 'move', direction: 'forward', granularity: 'lineboundary' });
    expect(caretMove(key('Home', { ctrlKey: true, shiftKey: true }))).toEqual({ alter: 'extend', direction: 'backward', granularity: 'documentboundary' });
  });

  it('leaves Alt+Up/Down (next and previous claim) and other keys alone', () => {
    expect(caretMove(key('ArrowDown', { altKey: true }))).toBeNull();
    expect(caretMove(key('ArrowUp', { altKey: true }))).toBeNull();
    expect(caretMove(key('m', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(caretMove(key('a'))).toBeNull();
  });
});

function entry(reviewer: string, action: ChangeEntry['action'], entityId = 7): ChangeEntry {
  return { id: 1, at: '2026-12-02T05:00:00Z', reviewer, entity: 'claim', entityId, articleId: 1, action, before: null, after: null };
}

describe("announcing colleagues' changes", () => {
  it('says who changed what, and nothing for my own changes', () => {
    expect(changeAnnouncement([entry('Maria', 'update')], 'Me')).toBe('Maria changed claim 7.');
    expect(changeAnnouncement([entry('Maria', 'delete')], 'Me')).toBe('Maria deleted claim 7.');
    expect(changeAnnouncement([entry('Me', 'update')], 'Me')).toBeNull();
    expect(changeAnnouncement([entry('Maria', 'update'), entry('Maria', 'create', 8)], 'Me')).toBe('Maria made 2 changes.');
    expect(changeAnnouncement([entry('Maria', 'update'), entry('Ben', 'create', 8), entry('Me', 'update')], 'Me')).toBe('2 colleagues made 2 changes.');
  });
});
