// The interface language of this window: the system's (the default) or one chosen here. Unlike the
// rest of the settings dialog it is this person's, not the desk's: it is kept in this browser
// profile by shared/i18n.ts and switches the whole window at once.
import { useId, useState } from 'react';
import { LANGUAGES, isLanguage, pickLanguage, type Language } from '@common/i18n';
import { chooseInterfaceLanguage } from '../shared/i18n';
import { useWording } from '../claims/wording';

/** Where shared/i18n.ts keeps the choice (read here only to show it). */
const CHOICE_KEY = 'factdesk.interfaceLanguage';

function storedChoice(): Language | 'system' {
  try {
    const value = localStorage.getItem(CHOICE_KEY);
    return isLanguage(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

export function InterfaceLanguageField() {
  const { t } = useWording();
  const id = useId();
  const [choice, setChoice] = useState(storedChoice);
  const system = pickLanguage([...navigator.languages, navigator.language]);
  const name = (language: Language) => t(`language.${language}`, { ns: 'common' });
  return (
    <div className="settings-section interface-language">
      <label htmlFor={`${id}-interface`}>{t('settings.interfaceLanguage')}</label>
      <select
        id={`${id}-interface`}
        value={choice}
        onChange={(e) => {
          const next = isLanguage(e.target.value) ? e.target.value : 'system';
          setChoice(next);
          void chooseInterfaceLanguage(next === 'system' ? null : next);
        }}
      >
        <option value="system">{t('settings.systemLanguage', { language: name(system) })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {name(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
