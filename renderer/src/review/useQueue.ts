// "My queue": claims assigned to the current reviewer or waiting for their (four-eyes) review.
// Reloaded when any claim changes (assignments, statuses and verdicts move claims in and out) and
// when the reviewer's name changes. The core sends the longest-waiting claims of each section
// (at most QueuePage.limit) and each section's total, so a busy desk's queue stays quick.
import { useMemo } from 'react';
import { api } from '../shared/api';
import { useLiveQuery } from '../shared/useLiveQuery';

export function useQueue(reviewer: string | null) {
  // A new function per reviewer: the queue is reloaded when the name changes.
  const query = useMemo(() => (reviewer === null ? null : () => api().listQueue({})), [reviewer]);
  const queue = useLiveQuery(query, (e) => e.entity === 'claim' || e.entity === 'article');
  const shown = queue.value;
  return {
    page: shown,
    entries: shown?.entries ?? null,
    /** All claims in the queue, including those beyond the page. */
    total: shown === null ? 0 : shown.totals.assigned + shown.totals.review,
    error: queue.error,
    reload: queue.reload,
  };
}
