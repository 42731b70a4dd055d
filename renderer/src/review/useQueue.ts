// "My queue": claims assigned to the current reviewer or waiting for their (four-eyes) review.
// Reloaded when any claim changes (assignments, statuses and verdicts move claims in and out) and
// when the reviewer's name changes. The core sends the longest-waiting claims of each section
// (a first page of QUEUE_PAGE_SIZE, more after "Show more") and each section's total, so a busy
// desk's queue stays quick.
import { useCallback, useMemo, useState } from 'react';
import { QUEUE_MAX_LIMIT, QUEUE_PAGE_SIZE } from '@common/contract/queue';
import { api } from '../shared/api';
import { useLiveQuery } from '../shared/useLiveQuery';

export function useQueue(reviewer: string | null) {
  // How many claims per section were asked for, and for whom: another name starts at one page.
  const [asked, setAsked] = useState({ reviewer, limit: QUEUE_PAGE_SIZE });
  const limit = asked.reviewer === reviewer ? asked.limit : QUEUE_PAGE_SIZE;
  // A new function per reviewer and limit: the queue is reloaded when either changes.
  const query = useMemo(() => (reviewer === null ? null : () => api().listQueue({ limit })), [reviewer, limit]);
  const queue = useLiveQuery(query, (e) => e.entity === 'claim' || e.entity === 'article');
  const shown = queue.value;
  const showMore = useCallback(() => setAsked({ reviewer, limit: Math.min(QUEUE_MAX_LIMIT, limit + QUEUE_PAGE_SIZE) }), [reviewer, limit]);
  return {
    page: shown,
    entries: shown?.entries ?? null,
    /** All claims in the queue, including those beyond the page. */
    total: shown === null ? 0 : shown.totals.assigned + shown.totals.review,
    error: queue.error,
    reload: queue.reload,
    /** Asks for the next page of each section; null when the core would send no more. */
    showMore: limit < QUEUE_MAX_LIMIT ? showMore : null,
  };
}
