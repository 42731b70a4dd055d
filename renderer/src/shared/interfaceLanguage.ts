// The reviewer's interface-language choice: System (null), English or Deutsch. Kept by the core in
// the person's settings (getPreferences/setPreferences), not in localStorage: the browser bridge
// serves each run on a new port, i.e. a new origin with empty storage. Switching is live: every
// component using useTranslation() renders again in the new language.
import { useSyncExternalStore } from 'react';
import type { Language } from '@common/i18n';
import { api } from './api';
import { i18n, systemLanguage } from './i18n';

let choice: Language | null = null;
const listeners = new Set<() => void>();

async function apply(next: Language | null): Promise<void> {
  choice = next;
  await i18n.changeLanguage(next ?? systemLanguage());
  for (const listener of listeners) listener();
}

/** Before the first render: the saved choice, so the window never flashes in the other language. */
export async function loadInterfaceLanguage(): Promise<void> {
  try {
    await apply((await api().getPreferences({})).interfaceLanguage);
  } catch {
    // Not connected, or an older core: the system's language, as before any choice.
  }
}

/** Switches now and saves the choice; null follows the system again. */
export async function chooseInterfaceLanguage(next: Language | null): Promise<void> {
  const saved = await api().setPreferences({ interfaceLanguage: next });
  await apply(saved.interfaceLanguage);
}

export function useInterfaceLanguageChoice(): Language | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => choice,
  );
}
