// The interface languages Factdesk speaks, and how one is chosen from what the system prefers
// (Electron's app.getLocale(), the browser's navigator.languages, LC_ALL/LC_MESSAGES/LANG on the CLI).
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language among `preferred` (BCP 47 tags like "de-AT", or POSIX locales
 * like "de_DE.UTF-8"), else English. Only the primary subtag counts: Austrian and Swiss desks get German.
 */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): Language {
  for (const tag of preferred) {
    if (!tag) continue;
    const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The language the POSIX environment asks for, in the order the C library honours the variables. */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  // LANGUAGE is a colon-separated list (GNU gettext); "C"/"POSIX" mean no preference.
  const list = (env.LANGUAGE ?? '').split(':');
  return pickLanguage([...list, env.LC_ALL, env.LC_MESSAGES, env.LANG].filter((t) => t !== 'C' && t !== 'POSIX'));
}
