// The workbench's interface language: the reviewer's choice when made (kept by the core with
// their reviewer name, see ./interfaceLanguage), else the system's (Electron passes the OS locale
// to Chromium, so navigator.languages is the OS's in the app and the browser's on the bridge).
// Components translate with react-i18next's useTranslation(); plain modules with i18n.t.
import { createI18n, isLanguage, pickLanguage, type Language } from '@common/i18n';

export function systemLanguage(): Language {
  return pickLanguage(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language]);
}

export const i18n = createI18n(systemLanguage(), ['workbench', 'panels', 'common']);

/** The page says its language (screen readers pick their voice by it); also imported by Node tests, without a page. */
function markPage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
}
markPage();
i18n.on('languageChanged', markPage);

export function interfaceLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

// The choice is saved by the core now (./interfaceLanguage); this name stays for callers written
// against the first wiring (the settings dialog's language field).
export { chooseInterfaceLanguage } from './interfaceLanguage';
