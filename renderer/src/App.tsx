// The workbench window: article list | reader | claims, with import, live updates and dialogs.
// State lives in hooks (useArticleWorkspace for the open article); this file wires and lays out.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry, Claim } from '@common/domain/types';
import type { ImportOutcome } from '@common/contract';
import { api } from './shared/api';
import { ArticleDetailsForm } from './articles/ArticleDetailsForm';
import { ArticleList, type ArticleSort } from './articles/ArticleList';
import { ArticleReader } from './editor/ArticleReader';
import { ClaimPanel } from './claims/ClaimPanel';
import { ClaimsList } from './claims/ClaimsList';
import { ConflictDialog } from './claims/ConflictDialog';
import { DatabaseBadge, StartScreen } from './database/DatabaseSummary';
import { ConfirmDialog } from './shared/Dialog';
import { DuplicateClaimDialog } from './claims/DuplicateClaimDialog';
import { DropZone, ImportButton, ImportReport } from './articles/ImportControls';
import { ReadOnlyBanner } from './database/ReadOnlyBanner';
import { StatusRegion } from './shared/StatusRegion';
import { LiveAnnouncer, announcePolitely } from './shared/LiveAnnouncer';
import { changeAnnouncement } from './shared/changeAnnouncement';
import { ariaShortcut, shortcutLabel, useShortcut } from './shared/useShortcut';
import { useMenuCommand } from './shared/useMenuCommand';
import { ArticleReviewBar } from './review/ArticleReviewBar';
import { BusyNotice } from './shared/BusyNotice';
import { ClaimDiscussion, ClaimReviewState } from './review/ClaimReview';
import { ReviewDialogs } from './review/ReviewDialogs';
import { ReviewHeader } from './review/ReviewHeader';
import { PublishControls } from './review/PublishControls';
import { SettingsDialog } from './settings/SettingsDialog';
import { CorrectionDialog } from './claims/CorrectionDialog';
import { useAddress } from './articles/useAddress';
import { BackToClaim } from './articles/BackToClaim';
import { useArticleWorkspace } from './articles/useArticleWorkspace';
import { useAsyncValue } from './shared/useAsyncValue';
import { useArticleList } from './articles/useArticleList';
import { publishChanges } from './shared/useChangeFeed';
import { useDebounced } from './shared/useDebounced';
import { useImport } from './articles/useImport';
import { ImportUrlButton, usePastedUrls } from './articles/ImportUrl';
import { ArticleVersions } from './articles/ArticleVersions';
import { useKeyboardUndo } from './claims/useKeyboardUndo';
import { useLiveChanges } from './shared/useLiveChanges';
import { useReviewWorkspace } from './review/useReviewWorkspace';
import { useStatus } from './shared/useStatus';
import { setArticleDateLanguage } from './shared/dates';
import { LanguageMenu } from './shared/LanguageMenu';
import { truncate } from './shared/format';
import { searchQuery } from './articles/search';
import { SampleNotice, useSampleArticle } from './articles/SampleArticle';
import { isSampleArticle } from '@common/domain/sample';

const loadInfo = () => api().getDatabaseInfo({});
/** Articles the list asks for at a time, and the most one request may ask for (the API's bound). */
const ARTICLE_PAGE = 500;
const MAX_ARTICLE_PAGE = 10_000;
const loadScale = () => api().getVerdictScale({});

/** Timing of the last article opening, for the benchmark and for tests (no UI). */
function recordOpening(articleId: number, milliseconds: number): void {
  document.documentElement.dataset.lastOpenedArticle = String(articleId);
  document.documentElement.dataset.lastOpenMs = milliseconds.toFixed(1);
}

export function App() {
  const { t } = useTranslation('workbench');
  const { reportError } = useStatus();
  const info = useAsyncValue(loadInfo, (e) => reportError(e, t('app.error.database')));
  const scale = useAsyncValue(loadScale, (e) => reportError(e, t('app.error.scale')));
  const verdicts = scale.value?.verdicts ?? [];

  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ArticleSort>('date');
  // Keyed on the query actually sent: typing a first letter (too short to search) or a space
  // does not ask the core again.
  const query = searchQuery(useDebounced(search, 150));
  // "Show more" grows the page for this list only; another search or order starts at one page.
  const listKey = `${sort}\u0000${query ?? ''}`;
  const [grown, setGrown] = useState({ key: listKey, limit: ARTICLE_PAGE });
  const limit = grown.key === listKey ? grown.limit : ARTICLE_PAGE;
  const showMore = useCallback(
    () => setGrown({ key: listKey, limit: Math.min(limit + ARTICLE_PAGE, MAX_ARTICLE_PAGE) }),
    [listKey, limit],
  );
  const list = useArticleList(query, sort, limit, (e) => reportError(e, t('app.error.list')));

  const [articleId, setArticleId] = useState<number | null>(null);
  const ws = useArticleWorkspace(articleId);
  const [confirmDelete, setConfirmDelete] = useState<Claim | null>(null);
  const [showSettings, setShowSettings] = useState(false);
  // Ctrl/Cmd+, as in desktop apps, and File ▸ Settings… in the app's menu; never on a read-only file.
  const openSettings = () => info.value?.readOnly !== true && setShowSettings(true);
  useShortcut(',', openSettings);
  useMenuCommand('open-settings', openSettings);
  const fileInput = useRef<HTMLInputElement>(null);

  const { selectClaim, reader } = ws;
  const openArticle = useCallback(
    async (id: number) => {
      if (!(await selectClaim(null))) return;
      setArticleId(id);
    },
    [selectClaim],
  );

  const { reload: reloadList } = list;
  const { reload: reloadInfo } = info;
  const onImported = useCallback(
    (outcomes: ImportOutcome[]) => {
      reloadList();
      reloadInfo();
      const ids = [...new Set(outcomes.flatMap((o) => (o.ok && o.articleId !== undefined ? [o.articleId] : [])))];
      if (ids.length === 1 && ids[0] !== undefined) void openArticle(ids[0]);
    },
    [reloadList, reloadInfo, openArticle],
  );
  const imports = useImport(onImported);
  const sample = useSampleArticle(
    useCallback(
      async (id: number, claimId: number | null) => {
        reloadList();
        reloadInfo();
        await openArticle(id);
        if (claimId !== null) await selectClaim(claimId);
      },
      [reloadList, reloadInfo, openArticle, selectClaim],
    ),
    useCallback(async () => {
      if (await selectClaim(null)) setArticleId(null);
      reloadList();
      reloadInfo();
    }, [selectClaim, reloadList, reloadInfo]),
  );
  // An address pasted into the window is imported like Import from URL (not on a read-only file).
  usePastedUrls((urls) => void imports.importUrls(urls), info.value?.readOnly !== true);

  const { reload: reloadDetail } = ws;
  // The live feed's callback outlives renders; it reads who "I" am from here (set below).
  const reviewerName = useRef<string | null>(null);
  const { reload: reloadScale } = scale;
  useLiveChanges(
    useCallback(
      (entries: ChangeEntry[]) => {
        publishChanges(entries);
        const news = changeAnnouncement(entries, reviewerName.current);
        if (news !== null) announcePolitely(news);
        if (entries.some((e) => e.entity === 'article' || e.entity === 'claim')) {
          reloadList();
          reloadInfo();
        }
        if (entries.some((e) => e.entity === 'verdict_scale')) reloadScale();
        const touchesOpen = entries.some(
          (e) =>
            (e.entity === 'article' && e.entityId === articleId) ||
            ((e.entity === 'claim' || e.entity === 'source' || e.entity === 'evidence') && (e.articleId === articleId || e.articleId === null)),
        );
        if (articleId !== null && touchesOpen) reloadDetail();
      },
      [articleId, reloadList, reloadInfo, reloadScale, reloadDetail],
    ),
    useCallback((e: unknown) => reportError(e, t('app.error.live')), [reportError, t]),
  );

  useKeyboardUndo(() => void ws.undoLast());

  const chooseClaim = useCallback(
    async (claimId: number) => {
      if (!(await selectClaim(claimId))) return;
      // The highlight may only exist after React has rendered the selection.
      requestAnimationFrame(() => reader.current?.revealClaim(claimId));
    },
    [selectClaim, reader],
  );
  const openFromHighlight = useCallback((claimId: number) => void selectClaim(claimId), [selectClaim]);
  const onEditorError = useCallback((error: Error) => reportError(error, t('app.error.reader')), [reportError, t]);
  const review = useReviewWorkspace({
    articleId,
    loadedArticleId: ws.detail?.article.id ?? null,
    claims: ws.detail?.claims ?? [],
    openClaimId: ws.draft.base?.id ?? null,
    articles: list.value?.articles ?? null,
    openArticle,
    chooseClaim,
  });

  useEffect(() => {
    reviewerName.current = review.reviewer.name;
  });

  const address = useAddress({
    articleId,
    claimId: ws.selectedClaimId,
    loadedArticleId: ws.detail?.article.id ?? null,
    openArticle,
    chooseClaim,
  });

  const detail = ws.detail;
  // Set while rendering, before any child formats one of the article's dates.
  setArticleDateLanguage(detail?.article.language ?? null);
  const storedClaim = ws.selectedClaim;
  // A read-only file (read-only share, no write permission): shown and exported, never edited.
  const readOnly = info.value?.readOnly === true;
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          {t('app.brand')}
        </span>
        <DatabaseBadge info={info.value} />
        <span className="spacer" />
        <button type="button" onClick={() => setShowSettings(true)} disabled={readOnly} aria-keyshortcuts={ariaShortcut(',')} title={t('app.settingsTitle', { keys: shortcutLabel(',') })}>
          {t('app.settings')}
        </button>
        <LanguageMenu />
        <ImportButton onFiles={(files) => void imports.importFiles(files)} disabled={readOnly || (imports.progress?.running ?? false)} input={fileInput} />
        <ImportUrlButton onUrls={(urls) => void imports.importUrls(urls)} disabled={readOnly || (imports.progress?.running ?? false)} />
        <ReviewHeader review={review} />
      </header>
      <ReadOnlyBanner info={info.value} />
      <StatusRegion />
      <LiveAnnouncer />
      {/* Always on the page, so an import's progress and result are read out as they appear. */}
      <div className="import-live" aria-live="polite">
        {imports.progress !== null && <ImportReport progress={imports.progress} onDismiss={imports.dismiss} />}
      </div>
      <div className="workbench">
        <ArticleList
          articles={list.value?.articles ?? null}
          total={list.value?.total ?? null}
          counting={list.value?.counting === true}
          atLeast={list.value?.atLeast === true}
          onShowMore={limit < MAX_ARTICLE_PAGE ? showMore : undefined}
          loading={list.loading}
          search={search}
          sort={sort}
          selectedId={articleId}
          onSearch={setSearch}
          onSort={setSort}
          onOpen={(id) => void openArticle(id)}
        />
        <main className="main-pane" aria-label={detail ? t('app.articlePane', { title: truncate(detail.article.title, 80) }) : t('app.startPane')}>
          {detail !== null && isSampleArticle(detail.article) && (
            <SampleNotice onRemove={() => void sample.removeSample()} disabled={readOnly || sample.busy} />
          )}
          {detail !== null && <ArticleDetailsForm key={`${detail.article.id}-${detail.article.revision}`} article={detail.article} readOnly={readOnly} />}
          {detail !== null ? (
            <>
            <ArticleReader
              article={detail.article}
              claims={detail.claims}
              verdicts={verdicts}
              selectedClaimId={ws.selectedClaimId}
              handle={reader}
              marking={ws.marking || readOnly}
              onMarkSentence={readOnly ? undefined : (range) => ws.markClaim(range)}
              onMarkClaim={() => {
                if (!readOnly) void ws.markClaim();
              }}
              onOpenClaim={openFromHighlight}
              onLoaded={recordOpening}
              onEditorError={onEditorError}
            />
            <ArticleVersions articleId={detail.article.id} revision={detail.article.revision} onError={(e) => reportError(e, t('app.error.versions'))} />
            </>
          ) : articleId !== null ? (
            <p className="loading">{t('app.opening')}</p>
          ) : (
            <StartScreen
              info={info.value}
              onImport={() => fileInput.current?.click()}
              onOpenSample={readOnly || sample.busy ? undefined : () => void sample.openSample()}
            />
          )}
        </main>
        {detail !== null && (
          <aside className="claims-pane" aria-label={t('app.claimPane')}>
            <ClaimsList
              claims={detail.claims}
              verdicts={verdicts}
              selectedClaimId={ws.selectedClaimId}
              onChoose={(id) => void chooseClaim(id)}
              checked={review.checked}
              onCheck={review.check}
              onReattach={readOnly ? undefined : (claim) => void ws.reattachClaim(claim)}
            />
            <ArticleReviewBar review={review} claimCount={detail.claims.length} />
            {address.cameFrom !== null && <BackToClaim from={address.cameFrom} />}
            {ws.draft.base !== null ? (
              <fieldset className="read-only-fieldset" disabled={readOnly}>
                <ClaimPanel
                  key={ws.draft.base.id}
                  draft={ws.draft}
                  stored={storedClaim}
                  verdicts={verdicts}
                  sources={detail.sources.filter((s) => s.claimId === ws.draft.base?.id)}
                  undoLabel={ws.undoLabel}
                  onUndo={() => void ws.undoLast()}
                  onDelete={() => storedClaim && setConfirmDelete(storedClaim)}
                  onClose={() => void selectClaim(null)}
                  onSourceSaved={ws.sourceSaved}
                  onSourceRemoved={ws.sourceRemoved}
                  focusClaimField={ws.justMarkedId === ws.draft.base.id}
                  onFocused={ws.focusedMarked}
                  onOpenSimilar={(c) => {
                    address.jumpTo({ articleId: c.articleId, claimId: c.claimId });
                    announcePolitely(t('app.openedClaim', { id: String(c.claimId), title: truncate(c.articleTitle, 80) }));
                  }}
                  review={
                    <>
                      <ClaimReviewState
                        draft={ws.draft}
                        stored={storedClaim}
                        reviewer={review.reviewer.name}
                        othersHere={review.othersOnClaim(ws.draft.base.id)}
                      />
                      {storedClaim !== null && <PublishControls stored={storedClaim} onChanged={ws.claimSaved} />}
                    </>
                  }
                  discussion={<ClaimDiscussion stored={storedClaim} verdicts={verdicts} />}
                />
              </fieldset>
            ) : (
              detail.claims.length > 0 && <p className="empty panel-hint">{t('app.chooseClaim')}</p>
            )}
          </aside>
        )}
      </div>
      <BusyNotice />
      {!readOnly && <DropZone onFiles={(files) => void imports.importFiles(files)} onUrls={(urls) => void imports.importUrls(urls)} />}
      {confirmDelete !== null && (
        <ConfirmDialog
          title={t('app.deleteClaim.title')}
          message={t('app.deleteClaim.message', { quote: truncate(confirmDelete.quote.exact, 120) })}
          confirmLabel={t('app.deleteClaim.confirm')}
          onConfirm={() => {
            const claim = confirmDelete;
            setConfirmDelete(null);
            void ws.deleteClaim(claim);
          }}
          onCancel={() => setConfirmDelete(null)}
        />
      )}
      {ws.duplicateOf !== null && (
        <DuplicateClaimDialog
          claim={ws.duplicateOf.claim}
          overlaps={ws.duplicateOf.overlaps}
          onOpen={() => {
            const question = ws.duplicateOf;
            question?.answer('open');
            if (question !== null) void chooseClaim(question.claim.id);
          }}
          onMarkAgain={() => ws.duplicateOf?.answer('again')}
          onCancel={() => ws.duplicateOf?.answer('cancel')}
        />
      )}
      {ws.draft.conflict !== null && (
        <ConflictDialog
          conflict={ws.draft.conflict}
          verdicts={verdicts}
          onResolve={(choice) => void ws.draft.resolveConflict(choice)}
          onDiscard={ws.draft.discard}
        />
      )}
      <ReviewDialogs review={review} detail={detail} verdicts={verdicts} />
      {showSettings && <SettingsDialog scale={scale.value} onScaleChanged={scale.reload} onClose={() => setShowSettings(false)} />}
      {ws.draft.status === 'correction' && (
        <CorrectionDialog onCorrect={(note) => void ws.draft.correct(note)} onCancel={ws.draft.discard} />
      )}
    </div>
  );
}
