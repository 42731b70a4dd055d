// One place where the workbench tells the user what happened: errors go to an alert region,
// confirmations to a polite status region. Nothing a user caused is swallowed or only logged.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { isLanguage } from '@common/i18n';
import { failureText, toFailure } from './api';
import { i18n } from './i18n';

export interface StatusMessage {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface StatusApi {
  messages: StatusMessage[];
  /** Shows an error from a failed call (or any thrown value), with an optional context. */
  reportError(error: unknown, context?: string): void;
  announce(text: string): void;
  dismiss(id: number): void;
}

const StatusContext = createContext<StatusApi | null>(null);
let nextId = 1;
/** How long a message stays unless dismissed. */
const INFO_MS = 4000;
const ERROR_MS = 12_000;

export function StatusProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<StatusMessage[]>([]);
  const dismiss = useCallback((id: number) => setMessages((all) => all.filter((m) => m.id !== id)), []);
  const push = useCallback(
    (kind: StatusMessage['kind'], text: string) => {
      const id = nextId++;
      // Keep the last few: a burst of failures should not bury the screen.
      setMessages((all) => [...all.filter((m) => m.text !== text), { id, kind, text }].slice(-4));
      // Every message goes by itself (an error a little later, so it can be read); a later
      // success never sits under a stale error.
      window.setTimeout(() => dismiss(id), kind === 'info' ? INFO_MS : ERROR_MS);
    },
    [dismiss],
  );
  const reportError = useCallback(
    (error: unknown, context?: string) => {
      const failure = toFailure(error);
      const { code } = failure;
      const message = failureText(failure, isLanguage(i18n.language) ? i18n.language : 'en');
      // Busy is another reviewer saving at this moment, not a failure: said calmly, never as an error.
      if (code === 'busy') push('info', i18n.t('workbench:status.busy'));
      else push('error', context ? i18n.t('workbench:status.failed', { context, message }) : message);
    },
    [push],
  );
  const announce = useCallback((text: string) => push('info', text), [push]);
  const value = useMemo(() => ({ messages, reportError, announce, dismiss }), [messages, reportError, announce, dismiss]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  const value = useContext(StatusContext);
  if (value === null) throw new Error('useStatus outside StatusProvider');
  return value;
}
