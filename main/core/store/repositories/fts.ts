// Turns what a person types into a safe FTS5 query: every word becomes a quoted prefix term, so
// FTS syntax in the input (quotes, AND/OR/NEAR, column filters, *, ^) is searched for as text.

/** `null` when the input has no searchable word. */
export function ftsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words || words.length === 0) return null;
  return words
    .slice(0, 32)
    .map((w) => `"${w}"*`)
    .join(' ');
}
