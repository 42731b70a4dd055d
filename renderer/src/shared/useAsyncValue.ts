// Loads a value from the core and reloads it on demand; a late answer to an older request
// never overwrites a newer one (search-as-you-type sends many). The last value stays on screen
// while a reload runs.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface AsyncValue<T> {
  value: T | null;
  loading: boolean;
  reload(): void;
  /** Replaces the value locally (after a save the core already confirmed). */
  set(update: (value: T | null) => T | null): void;
}

export function useAsyncValue<T>(load: (() => Promise<T>) | null, onError: (error: unknown) => void): AsyncValue<T> {
  const [reloads, setReloads] = useState(0);
  // One object per request: "loading" means the last answer is not for the latest request.
  const request = useMemo(() => ({ load, reloads }), [load, reloads]);
  const [answer, setAnswer] = useState<{ request: object | null; value: T | null }>({ request: null, value: null });
  const latest = useRef(request);
  const errorRef = useRef(onError);
  useEffect(() => {
    errorRef.current = onError;
    latest.current = request;
  });

  useEffect(() => {
    if (request.load === null) return;
    request.load().then(
      (value) => {
        if (latest.current === request) setAnswer({ request, value });
      },
      (error: unknown) => {
        if (latest.current !== request) return;
        setAnswer((a) => ({ ...a, request }));
        errorRef.current(error);
      },
    );
  }, [request]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const set = useCallback((update: (value: T | null) => T | null) => setAnswer((a) => ({ ...a, value: update(a.value) })), []);
  return {
    value: load === null ? null : answer.value,
    loading: load !== null && answer.request !== request,
    reload,
    set,
  };
}
