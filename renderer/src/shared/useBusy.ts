// The calm "another reviewer is saving" line. Two sources: a call this window retries after the
// core gave up with 'busy' (./busyRetry), and, while any call has been in flight for a moment,
// the core's own save status (it is then retrying against another reviewer's lock itself).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from './api';
import { busyTracker } from './busyRetry';
import { i18n } from './i18n';

const retryingText = (): string => i18n.t('workbench:status.retrying');
/** How long a call may take before the status line asks the core whether it is waiting. */
export const ASK_AFTER_MS = 400;
const ASK_EVERY_MS = 500;

export function useBusyLine(): string | null {
  const retrying = useSyncExternalStore(
    (listener) => busyTracker.subscribe(listener),
    () => busyTracker.retrying,
  );
  const pending = useSyncExternalStore(
    (listener) => busyTracker.subscribe(listener),
    () => busyTracker.pending,
  );
  const [coreWaiting, setCoreWaiting] = useState<string | null>(null);

  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    let timer: number | undefined;
    const ask = () => {
      api()
        .getSaveStatus({})
        .then(
          (status) => {
            if (!stopped) setCoreWaiting(status.waiting ? i18n.t('workbench:status.coreWaiting') : null);
          },
          // Only a status line: if asking fails, the call itself still reports its outcome.
          () => undefined,
        )
        .finally(() => {
          if (!stopped) timer = window.setTimeout(ask, ASK_EVERY_MS);
        });
    };
    timer = window.setTimeout(ask, ASK_AFTER_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      setCoreWaiting(null);
    };
  }, [pending]);

  if (retrying) return retryingText();
  return pending ? coreWaiting : null;
}
