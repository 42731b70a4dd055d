// "My queue": claims assigned to the current reviewer or waiting for their (four-eyes) review.
// Reloaded when any claim changes (assignments, statuses and verdicts move claims in and out) and
// when the reviewer's name changes. The core sends the longest-waiting claims of each section
// (at most QueuePage.limit) and each section's total, so a busy desk's queue stays quick.
import { useCallback, useEffect, useState } from 'react';
import type { QueuePage } from '@common/contract';
import { api, toFailure } from '../shared/api';
import { useChangeFeed } from '../shared/useChangeFeed';

export function useQueue(reviewer: string | null) {
  const [page, setPage] = useState<QueuePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (reviewer === null) return;
    let current = true;
    api()
      .listQueue({})
      .then(
        (answer) => {
          if (!current) return;
          setPage(answer);
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
  const shown = reviewer === null ? null : page;
  return {
    page: shown,
    entries: shown?.entries ?? null,
    /** All claims in the queue, including those beyond the page. */
    total: shown === null ? 0 : shown.totals.assigned + shown.totals.review,
    error,
    reload,
  };
}
