// When typing in the article search starts a full-text search. One character matches a large
// part of the desk (the core takes 150–800 ms for "p" over 100,000 articles) and tells the
// reviewer nothing, so the search starts at two.
export const MIN_SEARCH_LENGTH = 2;

/** Characters as the reviewer counts them (code points, so "é" or "ß" is one). */
const length = (s: string): number => [...s].length;

/** The search to send for what is typed: undefined for nothing or too little (the whole list). */
export function searchQuery(typed: string): string | undefined {
  const query = typed.trim();
  return length(query) >= MIN_SEARCH_LENGTH ? query : undefined;
}

/** Something is typed, but too little to search for. */
export function isSearchTooShort(typed: string): boolean {
  const query = typed.trim();
  return query !== '' && length(query) < MIN_SEARCH_LENGTH;
}
