// Reviewers who have worked on this file (for assignment), loaded when a claim panel opens.
import { useMemo } from 'react';
import { api } from '../shared/api';
import { useLiveQuery } from '../shared/useLiveQuery';

export function useReviewers(me: string | null): string[] {
  // Reloaded when "me" changes (a new name may just have joined the list). A failed load is not
  // shown: the list only fills a select; the current assignee and "me" are offered regardless.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `me` is the reload trigger, not an input
  const query = useMemo(() => () => api().listReviewers({}), [me]);
  return useLiveQuery(query).value ?? [];
}
