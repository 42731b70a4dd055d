// The workbench's interface language: the reviewer's choice when made, else the system's (Electron
// passes the OS locale to Chromium, so navigator.languages is the OS's in the app and the
// browser's on the bridge). Components translate with react-i18next's useTranslation().
import { createI18n, isLanguage, pickLanguage, type Language } from '@common/i18n';

const CHOICE_KEY = 'factdesk.interfaceLanguage';

function storedChoice(): Language | null {
  try {
    const value = localStorage.getItem(CHOICE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage refused (a sandboxed page): the system's language
  }
}

function systemLanguage(): Language {
  return pickLanguage(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language]);
}

export const i18n = createI18n(storedChoice() ?? systemLanguage(), ['workbench', 'panels', 'common']);
document.documentElement.lang = i18n.language;

export function interfaceLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Switches the interface now and remembers the choice; null follows the system again. */
export async function chooseInterfaceLanguage(language: Language | null): Promise<void> {
  try {
    if (language === null) localStorage.removeItem(CHOICE_KEY);
    else localStorage.setItem(CHOICE_KEY, language);
  } catch {
    // Not remembered, still switched for this window.
  }
  await i18n.changeLanguage(language ?? systemLanguage());
  document.documentElement.lang = i18n.language;
}
