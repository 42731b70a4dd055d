// Whitespace rules shared by the parsers. Paragraphs never contain newlines: the article text
// uses "\n\n" between paragraphs and nothing else, so offsets and Lexical paragraphs line up.

/** Collapses every run of whitespace (incl. NBSP and other Unicode spaces) into one space and trims. */
export function normaliseInline(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

/** Drops empty paragraphs (after normalisation by the caller). */
export function nonEmpty(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p) => p.length > 0);
}

/** A value for a nullable text field: whitespace-normalised, null when empty. */
export function optionalText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const normalised = normaliseInline(value);
  return normalised.length > 0 ? normalised : null;
}
