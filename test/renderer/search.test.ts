// When the article search starts: from two characters (issue 6: one letter matched most of a
// 100,000-article desk and took up to 800 ms).
import { describe, expect, it } from 'vitest';
import { isSearchTooShort, MIN_SEARCH_LENGTH, searchQuery } from '../../renderer/src/articles/search';

describe('search as you type', () => {
  it('does not search for nothing or for one character', () => {
    expect(MIN_SEARCH_LENGTH).toBe(2);
    expect(searchQuery('')).toBeUndefined();
    expect(searchQuery('   ')).toBeUndefined();
    expect(searchQuery('p')).toBeUndefined();
    expect(searchQuery(' ß ')).toBeUndefined();
  });

  it('searches, trimmed, from two characters', () => {
    expect(searchQuery('pu')).toBe('pu');
    expect(searchQuery('  Putin ')).toBe('Putin');
    expect(searchQuery('éé')).toBe('éé');
  });

  it('counts characters as a reader does (one emoji or accented letter is one)', () => {
    expect(searchQuery('😀')).toBeUndefined();
    expect(isSearchTooShort('😀')).toBe(true);
  });

  it('asks for more only when something too short is typed', () => {
    expect(isSearchTooShort('')).toBe(false);
    expect(isSearchTooShort('  ')).toBe(false);
    expect(isSearchTooShort('p')).toBe(true);
    expect(isSearchTooShort('pu')).toBe(false);
  });
});
