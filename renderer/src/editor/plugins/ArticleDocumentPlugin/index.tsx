// Shows an article in the reader: builds the document and all its highlights in one editor update
// when an article is opened, then keeps the highlights in line with the claims as they change.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Article } from '@common/domain/types';
import {
  $buildArticleDocument,
  $syncClaimMarks,
  type ClaimHighlight,
} from '../../anchoring';

export const READER_LOAD_TAG = 'factdesk-load';

interface Props {
  article: Article;
  highlights: readonly ClaimHighlight[];
  /** Called after the article and its highlights are on screen (for timing and tests). */
  onLoaded?: (articleId: number, milliseconds: number) => void;
}

const versionOf = (article: Article): string => `${article.id}@${article.revision}`;

/**
 * The reader editor's first state (LexicalComposer's initialConfig.editorState, keyed by article):
 * the article with its highlights, built before the editor has a root element. An update on a
 * mounted editor first reads the page's selection, which makes Chromium lay out the whole page
 * (its new claim list included) once more before the text is even in it: tens of milliseconds
 * in an article with 300 claims.
 */
export function initialArticleState(article: Article, highlights: readonly ClaimHighlight[]): (editor: LexicalEditor) => void {
  return (editor) => {
    builtAt.set(editor, performance.now());
    $buildArticleDocument(article, highlights);
  };
}

/** When each reader editor's first state was built (for onLoaded's timing). */
const builtAt = new WeakMap<LexicalEditor, number>();

/** Must mount with the composer whose first state initialArticleState built from the same props. */
export function ArticleDocumentPlugin({ article, highlights, onLoaded }: Props) {
  const [editor] = useLexicalComposerContext();
  // What the document shows: at mount, what initialArticleState built it from.
  const shown = useRef<{ version: string; highlights: readonly ClaimHighlight[] } | null>(null);

  // A layout effect, not a passive one: changes reach the document (reconciled in Lexical's
  // microtask) in the same task as React's commit, so the page is laid out and painted once.
  useLayoutEffect(() => {
    const version = versionOf(article);
    const before = shown.current;
    shown.current = { version, highlights };
    if (before === null) {
      // The first state is committed when the text's element mounts, before this effect runs.
      const now = performance.now();
      onLoaded?.(article.id, now - (builtAt.get(editor) ?? now));
    } else if (before.version !== version) {
      const started = performance.now();
      editor.update(() => $buildArticleDocument(article, highlights), {
        tag: READER_LOAD_TAG,
        onUpdate: () => onLoaded?.(article.id, performance.now() - started),
      });
    } else if (before.highlights !== highlights) {
      editor.update(() => void $syncClaimMarks(article.text, highlights));
    }
  }, [editor, article, highlights, onLoaded]);

  return null;
}
