// The live feed: polls the core's change log (cheap: an indexed range query) and hands new
// entries to the workbench, which refreshes lists, highlights and open panels in place.
// The one hook every live view builds on.
import { useEffect, useRef } from 'react';
import type { ChangeEntry } from '@common/domain/types';
import { api } from './api';

export const LIVE_POLL_MS = 700;

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

    const poll = async (): Promise<void> => {
      try {
        // The first call only learns where the log ends; what came before is already on screen.
        const result = await api().changesSince({ afterId: afterId ?? 0 });
        if (stopped) return;
        if (afterId !== null && result.entries.length > 0) handlers.current.onChanges(result.entries);
        // The first answer says where the log ends (headId): start there, not at the oldest page
        // of a long history, or others' new changes would wait behind thousands of old entries.
        afterId = afterId === null ? result.headId : Math.max(afterId, result.lastId);
        failing = false;
      } catch (error) {
        // Report once per outage, not every 700 ms.
        if (!failing && !stopped) handlers.current.onError(error);
        failing = true;
      }
      if (!stopped) timer = window.setTimeout(() => void poll(), LIVE_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);
}
