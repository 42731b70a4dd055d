// Display formats for dates, languages and quotes (the UI is English; dates stay ISO-like and unambiguous).

export function formatDate(iso: string | null): string | null {
  if (iso === null || iso === '') return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

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
