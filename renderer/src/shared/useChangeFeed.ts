// Fan-out of the one live feed: App's useLiveChanges poll publishes each batch of change-log
// entries here, and panels (comments, history, queue: through useLiveQuery) subscribe to the entries they care about,
// so a second poller is never needed.
import { useEffect, useRef } from 'react';
import type { ChangeEntry } from '@common/domain/types';

type Listener = (entries: ChangeEntry[]) => void;
const listeners = new Set<Listener>();

/** Called once per batch by the workbench's live feed. */
export function publishChanges(entries: ChangeEntry[]): void {
  for (const listener of [...listeners]) listener(entries);
}

/** Calls onChange (latest closure) when a published batch holds an entry that `matches`. */
export function useChangeFeed(matches: (entry: ChangeEntry) => boolean, onChange: () => void): void {
  const handlers = useRef({ matches, onChange });
  useEffect(() => {
    handlers.current = { matches, onChange };
  });
  useEffect(() => {
    const listener: Listener = (entries) => {
      if (entries.some((e) => handlers.current.matches(e))) handlers.current.onChange();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
