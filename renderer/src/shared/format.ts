// Display formats for languages and quotes; dates come from ./dates (one format per locale).
import { interfaceLocale } from './dates';

export { formatDay as formatDate } from './dates';

/** A language's name in the interface language ("German" / "Deutsch"), by Intl; the code when Intl has no name. */
export function languageName(code: string | null): string | null {
  if (code === null || code === '') return null;
  try {
    const name = new Intl.DisplayNames([interfaceLocale()], { type: 'language', fallback: 'none' }).of(code);
    return name ?? code.toUpperCase();
  } catch {
    // Not a language tag (an old import's free text).
    return code.toUpperCase();
  }
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
