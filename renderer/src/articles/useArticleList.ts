// The article list's data. Without a search, one request. With one, the two steps of issue 16
// go out together (the core answers them in order): the text matches show as soon as they
// arrive, the articles found through claims or sources are merged in after. A late answer to an
// older request never overwrites a newer one; the last list stays on screen while one runs.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticlePage } from '@common/domain/types';
import { api } from '../shared/api';
import type { ArticleSort } from './ArticleList';
import { mergeSearchSteps, pageView, type ArticleListView } from './searchSteps';

export interface ArticleListValue {
  value: ArticleListView | null;
  loading: boolean;
  reload(): void;
}

export function useArticleList(search: string | undefined, sort: ArticleSort, limit: number, onError: (error: unknown) => void): ArticleListValue {
  const [reloads, setReloads] = useState(0);
  const request = useMemo(() => ({ search, sort, limit, reloads }), [search, sort, limit, reloads]);
  const [shown, setShown] = useState<{ request: object | null; view: ArticleListView | null }>({ request: null, view: null });
  const latest = useRef(request);
  const shownKey = useRef<string | null>(null);
  const errorRef = useRef(onError);
  useEffect(() => {
    errorRef.current = onError;
    latest.current = request;
  });

  useEffect(() => {
    const key = `${request.sort}\u0000${request.search ?? ''}`;
    const show = (view: ArticleListView): void => {
      if (latest.current !== request) return;
      shownKey.current = key;
      setShown({ request, view });
    };
    const fail = (error: unknown): void => {
      if (latest.current === request) errorRef.current(error);
    };
    const { search: text, sort: order, limit: size } = request;
    if (text === undefined) {
      api()
        .listArticles({ sort: order, limit: size })
        .then((page) => show(pageView(page)), fail);
      return;
    }
    const steps: Record<'text' | 'related', ArticlePage | null> = { text: null, related: null };
    const publish = (): void => {
      if (steps.text === null) return;
      // A reload of the list on screen (a live change, "Show more") waits for both steps, so the
      // list does not shrink to the text matches and grow back; a new search shows the first at once.
      if (steps.related === null && shownKey.current === key) return;
      show(mergeSearchSteps(steps.text, steps.related, order));
    };
    for (const matches of ['text', 'related'] as const) {
      api()
        .listArticles({ search: text, sort: order, limit: size, matches })
        .then((page) => {
          steps[matches] = page;
          publish();
        }, fail);
    }
  }, [request]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { value: shown.view, loading: shown.request !== request, reload };
}
