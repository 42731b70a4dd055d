// How the panels word what they share: the interface language, claim statuses (the `common`
// catalogue, as the reports and the CLI say them) and verdicts (the desk's own scale: its German
// label in a German interface, so no catalogue holds verdict names). Pure modules (history, the
// source check) take a Wording instead of reaching for the window's i18next instance, so they are
// tested in Node in both languages; their keys carry the `panels:` prefix.
import type { TFunction } from 'i18next';
import { createI18n, isLanguage, type Language } from '@common/i18n';
import { localeOf } from '@common/i18n/format';
import { verdictLabel, type ClaimStatus, type Verdict } from '@common/domain/types';

export interface Wording {
  /** Translates in the `panels` namespace (`common:` keys for statuses and counts). */
  t: TFunction;
  language: Language;
}

/**
 * The wording of a component's `useTranslation('panels')` (which re-renders it when the language
 * changes): `wordingOf(useTranslation('panels'))`, so each file names its namespace where the
 * key checks look for it.
 */
export function wordingOf({ t, i18n }: { t: TFunction<'panels'>; i18n: { language: string } }): Wording {
  return { t, language: isLanguage(i18n.language) ? i18n.language : 'en' };
}

/** A fixed wording for one language, outside React (tests, and code run outside components). */
export function wordingFor(language: Language): Wording {
  let found = fixed.get(language);
  if (found === undefined) {
    found = { t: createI18n(language, ['panels', 'common']).getFixedT(language, 'panels'), language };
    fixed.set(language, found);
  }
  return found;
}
const fixed = new Map<Language, Wording>();

/** Status names by translation function (one per language): the claims list names them once per row. */
const statusNames = new WeakMap<TFunction, Map<ClaimStatus, string>>();

export function statusName({ t }: Wording, status: ClaimStatus): string {
  let names = statusNames.get(t);
  if (names === undefined) {
    names = new Map();
    statusNames.set(t, names);
  }
  let name = names.get(status);
  if (name === undefined) {
    name = t(`common:status.${status}`);
    names.set(status, name);
  }
  return name;
}

export function verdictName({ language }: Wording, verdict: Pick<Verdict, 'label' | 'labelDe'>): string {
  return verdictLabel(verdict, language);
}

/** "Anna and Ben", "Anna, Ben and Carla" / "Anna und Ben": a list as the language says it. */
export function listOf({ language }: Wording, items: readonly string[]): string {
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(items);
}
