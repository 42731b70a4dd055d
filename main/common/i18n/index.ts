// One translator per language and audience, built on i18next with ICU MessageFormat (plurals and
// selects written in the message, so a sentence is never glued together from pieces in code).
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { CATALOGUES, type Namespace } from './catalogues';
import { LANGUAGES, type Language } from './languages';

export * from './languages';
export { CATALOGUES, NAMESPACES, type Messages, type Namespace } from './catalogues';

/**
 * A ready i18next instance for `language` with `namespaces` loaded (the first is the default).
 * Synchronous: the catalogues are bundled, so nothing waits on a fetch. Values are not escaped
 * here: React escapes what it renders, and the report writers escape every piece of text they
 * write (a message with a placeholder is escaped as a whole after formatting).
 */
export function createI18n(language: Language, namespaces: readonly Namespace[]): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, Object.fromEntries(namespaces.map((ns) => [ns, CATALOGUES[lng][ns]]))]),
  );
  void instance.use(ICU).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...namespaces],
    defaultNS: namespaces[0],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A translate function for one language and namespace (the core's reports, the CLI). */
export function translator(language: Language, namespace: Namespace): TFunction {
  return createI18n(language, [namespace, 'common']).getFixedT(language, namespace);
}

const translators = new Map<string, TFunction>();

/**
 * The translate function for one language and namespace, built once and kept: each is a whole
 * i18next instance, and the report writers and refusal messages ask for the same few again and again.
 */
export function cachedTranslator(language: Language, namespace: Namespace): TFunction {
  const id = `${language} ${namespace}`;
  let t = translators.get(id);
  if (t === undefined) {
    t = translator(language, namespace);
    translators.set(id, t);
  }
  return t;
}
