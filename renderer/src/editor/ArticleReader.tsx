// The reading pane: article metadata, the read-only Lexical view of the text with its claim
// highlights, and the tools to mark a claim.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useMemo, useState, type RefObject } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Article, Claim, Verdict } from '@common/domain/types';
import type { ClaimHighlight } from './anchoring';
import { readerConfig } from './readerConfig';
import { ArticleDocumentPlugin, initialArticleState } from './plugins/ArticleDocumentPlugin';
import { ClaimHighlightPlugin } from './plugins/ClaimHighlightPlugin';
import { ClaimOverlapPlugin } from './plugins/ClaimOverlapPlugin';
import { MarkClaimPlugin, MARK_CLAIM_SHORTCUT } from './plugins/MarkClaimPlugin';
import { ReaderHandlePlugin, type ReaderHandle } from './plugins/ReaderHandlePlugin';
import { ReaderKeyboardPlugin } from './plugins/ReaderKeyboardPlugin';
import { ClaimNavigationPlugin } from './plugins/ClaimNavigationPlugin';
import { SuggestionMarkersPlugin } from './plugins/SuggestionMarkersPlugin';
import { VerdictLegend } from './VerdictLegend';
import { useSuggestions, type MarkSentence } from '../assist/useSuggestions';
import { formatArticleDay } from '../shared/dates';
import { languageName } from '../shared/format';

interface Props {
  article: Article;
  claims: readonly Claim[];
  verdicts: readonly Verdict[];
  selectedClaimId: number | null;
  handle: RefObject<ReaderHandle | null>;
  marking: boolean;
  onMarkClaim: () => void;
  /** Marks a suggested sentence as a claim (and opens it); absent when the reader may not mark claims. */
  onMarkSentence?: MarkSentence;
  onOpenClaim: (claimId: number) => void;
  onLoaded?: (articleId: number, milliseconds: number) => void;
  onEditorError: (error: Error) => void;
}

const noMark: MarkSentence = () => Promise.resolve(null);

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function ArticleReader(props: Props) {
  const { article, claims, verdicts, selectedClaimId, handle, marking, onMarkClaim, onMarkSentence, onOpenClaim, onLoaded, onEditorError } = props;
  const { t } = useTranslation('workbench');
  const [suggesting, setSuggesting] = useState(false);
  const suggestions = useSuggestions(article, claims, suggesting && onMarkSentence !== undefined, onMarkSentence ?? noMark);
  const highlights = useMemo<ClaimHighlight[]>(
    () => claims.filter((c) => !c.orphaned).map((c) => ({ id: c.id, part: c.part, position: c.position })),
    [claims],
  );
  const config = useMemo(() => readerConfig(onEditorError), [onEditorError]);
  const meta = [
    article.sourceName,
    article.byline,
    formatArticleDay(article.publishedAt, article.language),
    languageName(article.language),
  ].filter((part): part is string => Boolean(part));

  return (
    <section className="reader" aria-label={t('reader.label')}>
      <div className="reader-toolbar" role="toolbar" aria-label={t('reader.tools')}>
        <button
          type="button"
          className="primary"
          onMouseDown={(e) => e.preventDefault() /* keep the text selection */}
          onClick={onMarkClaim}
          disabled={marking}
          aria-keyshortcuts={MARK_CLAIM_SHORTCUT}
          title={t('reader.markTitle', { keys: isMac ? '⌘⇧M' : 'Ctrl+Shift+M' })}
        >
          {t('reader.mark')}
        </button>
        {onMarkSentence !== undefined && (
          <button
            type="button"
            aria-pressed={suggesting}
            onClick={() => setSuggesting((on) => !on)}
            title={t('reader.suggestTitle')}
          >
            {t('reader.suggest')}
          </button>
        )}
        <span className="hint">
          <Trans t={t} i18nKey="reader.hint" values={{ modifier: isMac ? '⌘' : 'Ctrl' }} components={{ kbd: <kbd /> }} />
        </span>
        <VerdictLegend verdicts={verdicts} />
        <p id="reader-keys" className="visually-hidden">
          {t('reader.keys')}
        </p>
      </div>
      <div className="reader-scroll">
        <div className="reader-page">
          {suggestions.error !== null && <p className="notice error">{t('reader.suggestionsFailed', { error: suggestions.error })}</p>}
          {meta.length > 0 && <p className="article-meta">{meta.join(' · ')}</p>}
          {/* Read once, when the composer mounts (a new one per article); later changes go through ArticleDocumentPlugin. */}
          <LexicalComposer key={article.id} initialConfig={{ ...config, editorState: initialArticleState(article, highlights) }}>
            <ClaimOverlapPlugin />
            <ContentEditable
              className="article-body"
              role="article"
              aria-label={t('reader.text')}
              aria-describedby="reader-keys"
              aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp"
              tabIndex={0}
            />
            <ArticleDocumentPlugin article={article} highlights={highlights} onLoaded={onLoaded} />
            <ClaimHighlightPlugin claims={claims} verdicts={verdicts} selectedClaimId={selectedClaimId} onOpenClaim={onOpenClaim} />
            <ReaderHandlePlugin handleRef={handle} />
            <MarkClaimPlugin onMarkClaim={onMarkClaim} />
            <ReaderKeyboardPlugin />
            <ClaimNavigationPlugin claims={claims} verdicts={verdicts} />
            <SuggestionMarkersPlugin
              sentences={suggestions.open}
              onAccept={(s) => void suggestions.accept(s)}
              onDismiss={(s) => void suggestions.dismiss(s)}
            />
          </LexicalComposer>
          {article.url !== null && <p className="article-source-url">{t('reader.original', { url: article.url })}</p>}
        </div>
      </div>
    </section>
  );
}
