// Wire-style datelines: "ST PETERSBURG: Die Staats- und ..." → "ST PETERSBURG". The paragraph
// itself keeps the dateline (the text must stay exactly as written); we only record it.

// Upper-case words (letters, digits, spaces, dots, commas, apostrophes, hyphens, slashes), 2-50
// characters, then a colon and a space.
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}\d .,'’/-]{1,49}?)\s*:\s/u;

/** All-caps lead-ins that are not places. */
const NOT_PLACES = new Set(['UPDATE', 'UPDATED', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'BREAKING', 'WARNING', 'CORRECTION', 'FACT CHECK', 'Q', 'A']);

export function findDateline(firstParagraph: string): string | null {
  const match = DATELINE.exec(firstParagraph);
  const candidate = match?.[1]?.trim().replace(/[,.]$/, '');
  if (!candidate || !/\p{Lu}.*\p{Lu}/u.test(candidate)) return null;
  return NOT_PLACES.has(candidate) ? null : candidate;
}
