// "My queue": claims assigned to the current reviewer or waiting for their (four-eyes) review.
// Reloaded when any claim changes (assignments, statuses and verdicts move claims in and out) and
// when the reviewer's name changes.
import { useCallback, useEffect, useState } from 'react';
import type { QueueEntry } from '../../../preload/api';
import { api, toFailure } from '../api';
import { useChangeFeed } from './useChangeFeed';

export function useQueue(reviewer: string | null) {
  const [entries, setEntries] = useState<QueueEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (reviewer === null) return;
    let current = true;
    api()
      .listQueue({})
      .then(
        (list) => {
          if (!current) return;
          setEntries(list);
          setError(null);
        },
        (e: unknown) => {
          if (current) setError(toFailure(e).message);
        },
      );
    return () => {
      current = false;
    };
  }, [reviewer, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useChangeFeed((e) => e.entity === 'claim' || e.entity === 'article', reload);
  return { entries: reviewer === null ? null : entries, error, reload };
}
