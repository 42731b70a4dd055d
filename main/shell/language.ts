// The language of the desktop shell's own words (menus, dialogs, error boxes): the one the reviewer
// chose in the workbench's settings, else the system's, so the menu and the window always agree.
import { pickLanguage, type Language } from '@common/i18n/languages';

/** The saved preference when there is one, else German for a de* system locale, else English. */
export function shellLanguage(preference: Language | null, systemLocale: string): Language {
  return preference ?? pickLanguage([systemLocale]);
}
