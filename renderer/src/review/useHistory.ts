// The change log of one claim or article, reloaded when the live feed shows it changed.
import { useCallback, useEffect, useState } from 'react';
import type { ChangeEntry } from '@common/domain/types';
import { api } from '../shared/api';
import { useChangeFeed } from '../shared/useChangeFeed';

export interface HistoryTarget {
  entity: 'claim' | 'article';
  id: number;
  /** The article the target belongs to: any change there may touch it. */
  articleId: number;
}

export function useHistory(target: HistoryTarget | null) {
  const [entries, setEntries] = useState<ChangeEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const entity = target?.entity;
  const id = target?.id;

  useEffect(() => {
    if (entity === undefined || id === undefined) return;
    let current = true;
    api()
      .getHistory({ entity, id })
      .then(
        (result) => {
          if (!current) return;
          setEntries(result);
          setError(null);
        },
        (e: unknown) => {
          if (current) setError(e instanceof Error ? e.message : String(e));
        },
      );
    return () => {
      current = false;
    };
  }, [entity, id, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useChangeFeed(
    (e) =>
      target !== null &&
      ((e.entity === target.entity && e.entityId === target.id) || e.articleId === target.articleId),
    reload,
  );
  return { entries: target === null ? null : entries, error, reload };
}
