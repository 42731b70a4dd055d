// Display formats for languages and quotes; dates come from ./dates (one format per locale).

export { formatDay as formatDate } from './dates';

const LANGUAGES: Record<string, string> = {
  de: 'German',
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pl: 'Polish',
  ru: 'Russian',
  uk: 'Ukrainian',
  pt: 'Portuguese',
};

export function languageName(code: string | null): string | null {
  if (code === null || code === '') return null;
  return LANGUAGES[code] ?? code.toUpperCase();
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
