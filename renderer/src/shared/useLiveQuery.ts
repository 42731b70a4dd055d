// A value read from the core that stays current: loaded when the query changes (a new claim, a new
// reviewer), reloaded when the live feed publishes an entry the caller cares about, and never
// overwritten by the answer to a query that has since been replaced. A failed load keeps the last
// value on screen and says why in `error`; the next good answer clears it.
import { useCallback, useEffect, useState } from 'react';
import type { ChangeEntry } from '@common/domain/types';
import { useChangeFeed } from './useChangeFeed';
import { errorShown } from './failureMessage';

export interface LiveQuery<T> {
  /** null before the first answer, and whenever there is no query. */
  value: T | null;
  error: string | null;
  reload(): void;
  /** Replaces the value locally (after a write the core already confirmed). */
  set(update: (value: T | null) => T | null): void;
}

/**
 * `query` must be memoised by the caller (useCallback/useMemo): a new function means a new load.
 * null means nothing to load. `changes` picks the feed entries that make the value stale.
 */
export function useLiveQuery<T>(query: (() => Promise<T>) | null, changes?: (entry: ChangeEntry) => boolean): LiveQuery<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (query === null) return;
    let current = true;
    query().then(
      (answer) => {
        if (!current) return;
        setValue(answer);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(errorShown(e));
      },
    );
    return () => {
      current = false;
    };
  }, [query, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useChangeFeed(changes ?? never, reload);
  const set = useCallback((update: (value: T | null) => T | null) => setValue(update), []);
  return { value: query === null ? null : value, error, reload, set };
}

function never(): boolean {
  return false;
}
