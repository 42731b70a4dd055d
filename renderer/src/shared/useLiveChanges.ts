// The live feed: follows the core's change log and hands new entries to the workbench, which
// refreshes lists, highlights and open panels in place. The one hook every live view builds on.
// It keeps one waitForChanges call open (the core answers when a change is committed, or empty
// after LIVE_WAIT_MS), so an idle window runs no timer and sends nothing in between (issue 16).
import { useEffect, useRef } from 'react';
import { MAX_CHANGE_WAIT_MS } from '@common/domain/limits';
import type { ChangeEntry } from '@common/domain/types';
import { api } from './api';

/** How long one call is held; the contract's longest. */
export const LIVE_WAIT_MS = MAX_CHANGE_WAIT_MS;
/** After a failed call, before asking again: a closed bridge must not be asked in a tight loop. */
export const LIVE_RETRY_MS = 2_000;

export function useLiveChanges(onChanges: (entries: ChangeEntry[]) => void, onError: (error: unknown) => void): void {
  const handlers = useRef({ onChanges, onError });
  useEffect(() => {
    handlers.current = { onChanges, onError };
  });

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    let afterId: number | null = null;
    let failing = false;

    const follow = async (): Promise<void> => {
      try {
        // The first call only learns where the log ends (headId): what came before is already on
        // screen, and starting at the oldest page of a long history would put others' new changes
        // behind thousands of old entries.
        if (afterId === null) {
          afterId = (await api().changesSince({ afterId: 0 })).headId;
        } else {
          const result = await api().waitForChanges({ afterId, waitMs: LIVE_WAIT_MS });
          if (stopped) return;
          if (result.entries.length > 0) handlers.current.onChanges(result.entries);
          afterId = Math.max(afterId, result.lastId);
        }
        failing = false;
      } catch (error) {
        // Report once per outage, not on every retry.
        if (!failing && !stopped) handlers.current.onError(error);
        failing = true;
      }
      if (stopped) return;
      if (failing) timer = window.setTimeout(() => void follow(), LIVE_RETRY_MS);
      else void follow();
    };
    void follow();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);
}
