// The article list: search as you type (full text, in the core), sort, and a virtualised list
// so thousands of articles scroll smoothly. Arrow keys move between articles.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@common/domain/types';
import { formatArticleDay } from '../shared/dates';
import { languageName } from '../shared/format';
import { isSearchTooShort, MIN_SEARCH_LENGTH, searchQuery } from './search';

export type ArticleSort = 'date' | 'title' | 'imported';

interface Props {
  articles: readonly ArticleSummary[] | null;
  /** How many articles the list (or search) has in all; more than `articles` when it is cut. */
  total: number | null;
  /** A search's second step (claims and sources) is still running: `total` counts text matches only. */
  counting?: boolean;
  /** More articles match than `total`: the search counted only so far ("more than 10,000"). */
  atLeast?: boolean;
  /** Asks for a longer list; absent when no longer one can be had. */
  onShowMore?: () => void;
  loading: boolean;
  search: string;
  sort: ArticleSort;
  selectedId: number | null;
  onSearch: (search: string) => void;
  onSort: (sort: ArticleSort) => void;
  onOpen: (id: number) => void;
}

/** A first guess; rows are measured once rendered (titles wrap to one or two lines). */
const ESTIMATED_ROW_HEIGHT = 80;

export function ArticleList({ articles, total, counting = false, atLeast = false, onShowMore, loading, search, sort, selectedId, onSearch, onSort, onOpen }: Props) {
  const { t } = useTranslation('workbench');
  const scroller = useRef<HTMLDivElement>(null);
  const items = articles ?? [];
  // Never cut silently: a page shorter than the list says "500 of 4,000 … shown".
  const all = Math.max(total ?? items.length, items.length);
  const cut = all > items.length;
  // One letter does not search (the whole list stays); say so instead of "matching “p”".
  const tooShort = isSearchTooShort(search);
  const searched = searchQuery(search) !== undefined;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is designed for this use
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    const rowButton = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"] button`);
    const rendered = rowButton();
    if (rendered) {
      rendered.focus();
      return;
    }
    virtualizer.scrollToIndex(target);
    // The row only exists once the scroll has rendered it.
    requestAnimationFrame(() => rowButton()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(index + (moves[event.key] ?? 0));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusRow(event.key === 'Home' ? 0 : items.length - 1);
    }
  };

  return (
    <nav className="article-list" aria-label={t('articleList.label')}>
      <div className="list-controls">
        <input
          type="search"
          aria-label={t('articleList.search')}
          placeholder={t('articleList.searchPlaceholder')}
          aria-describedby="article-search-status"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
        <label className="sort">
          <span>{t('articleList.sort')}</span>
          <select aria-label={t('articleList.sortLabel')} value={sort} onChange={(e) => onSort(e.target.value as ArticleSort)}>
            <option value="date">{t('articleList.sortBy.date')}</option>
            <option value="title">{t('articleList.sortBy.title')}</option>
            <option value="imported">{t('articleList.sortBy.imported')}</option>
          </select>
        </label>
      </div>
      <p className="list-count" id="article-search-status" aria-live="polite">
        {tooShort
          ? t('articleList.tooShort', { min: MIN_SEARCH_LENGTH })
          : articles === null
            ? t('articleList.loading')
            : atLeast && cut
              ? t(counting ? 'articleList.count.countingMore' : 'articleList.count.moreMatching', { shown: items.length, count: all, search })
              : counting
              ? t(cut ? 'articleList.count.countingCut' : 'articleList.count.counting', { shown: items.length, count: all, search })
              : t(`articleList.count.${cut ? 'cut' : 'all'}${searched ? 'Matching' : ''}`, { shown: items.length, count: all, search })}
        {loading && articles !== null ? t('articleList.searching') : ''}
      </p>
      {articles !== null && items.length === 0 ? (
        <p className="empty">{counting ? t('articleList.stillCounting') : searched ? t('articleList.noMatch') : t('articleList.empty')}</p>
      ) : (
        <div className="list-scroll" ref={scroller}>
          <div role="list" style={{ height: virtualizer.getTotalSize() }} className="list-inner">
            {virtualizer.getVirtualItems().map((row) => {
              const article = items[row.index];
              if (article === undefined) return null;
              const meta = [article.sourceName, formatArticleDay(article.publishedAt, article.language), languageName(article.language)].filter(Boolean);
              return (
                <div
                  key={article.id}
                  role="listitem"
                  aria-setsize={items.length}
                  aria-posinset={row.index + 1}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  className="list-row"
                  style={{ transform: `translateY(${row.start}px)` }}
                  onKeyDown={(e) => onKeyDown(e, row.index)}
                >
                  <button
                    type="button"
                    aria-current={article.id === selectedId ? 'true' : undefined}
                    className={article.id === selectedId ? 'selected' : undefined}
                    onClick={() => onOpen(article.id)}
                  >
                    <span className="row-title">{article.title}</span>
                    <span className="row-meta">{meta.join(' · ')}</span>
                    <span className="row-counts">
                      {t('common:count.claims', { count: article.claimCount })}
                      {article.openClaimCount > 0 && <span className="open-count">{t('articleList.open', { count: article.openClaimCount })}</span>}
                      {article.textChangedAfterClaims && <span className="text-changed">{t('articleList.textChanged')}</span>}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
      )}
      {cut && onShowMore !== undefined && (
        <button type="button" className="list-more" onClick={onShowMore}>
          {t('articleList.showMore')}
        </button>
      )}
    </nav>
  );
}
