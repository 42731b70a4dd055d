// The change log of one claim or article, reloaded when the live feed shows it changed.
import { useMemo } from 'react';
import { api } from '../shared/api';
import { useLiveQuery } from '../shared/useLiveQuery';

export interface HistoryTarget {
  entity: 'claim' | 'article';
  id: number;
  /** The article the target belongs to: any change there may touch it. */
  articleId: number;
}

export function useHistory(target: HistoryTarget | null) {
  const entity = target?.entity;
  const id = target?.id;
  const query = useMemo(
    () => (entity === undefined || id === undefined ? null : () => api().getHistory({ entity, id })),
    [entity, id],
  );
  const history = useLiveQuery(
    query,
    (e) =>
      target !== null &&
      ((e.entity === target.entity && e.entityId === target.id) || e.articleId === target.articleId),
  );
  return { entries: history.value, error: history.error, reload: history.reload };
}
