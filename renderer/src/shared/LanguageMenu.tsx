// The interface language, in the window's toolbar: System (the OS's or browser's), English or
// Deutsch. Switching is live and saved with the reviewer's own settings (./interfaceLanguage).
// Each language is named in itself, so a reviewer who cannot read the current one still finds theirs.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '@common/i18n';
import { useStatus } from './useStatus';
import { systemLanguage } from './i18n';
import { chooseInterfaceLanguage, useInterfaceLanguageChoice } from './interfaceLanguage';

const SYSTEM = 'system';

export function LanguageMenu() {
  const { t } = useTranslation('workbench');
  const { reportError } = useStatus();
  const choice = useInterfaceLanguageChoice();
  const id = useId();
  return (
    <span className="language-menu">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={choice ?? SYSTEM}
        onChange={(e) => {
          const value = e.target.value;
          chooseInterfaceLanguage(isLanguage(value) ? value : null).catch((error: unknown) => reportError(error, t('language.notSaved')));
        }}
      >
        <option value={SYSTEM}>{t('language.system', { language: t(`language.name.${systemLanguage()}`) })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.name.${language}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
