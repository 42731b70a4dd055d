// Shows an article in the reader: builds the document and all its highlights in one editor update
// when an article is opened, then keeps the highlights in line with the claims as they change.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Article } from '@common/domain/types';
import {
  $buildArticleDocument,
  $syncClaimMarks,
  registerClaimMarkOverlapResolver,
  type ClaimHighlight,
} from '../../anchoring';

export const READER_LOAD_TAG = 'factdesk-load';

interface Props {
  article: Article;
  highlights: readonly ClaimHighlight[];
  /** Called after the article and its highlights are on screen (for timing and tests). */
  onLoaded?: (articleId: number, milliseconds: number) => void;
}

export function ArticleDocumentPlugin({ article, highlights, onLoaded }: Props) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<string | null>(null);

  useEffect(() => registerClaimMarkOverlapResolver(editor), [editor]);

  useEffect(() => {
    const version = `${article.id}@${article.revision}`;
    if (shown.current !== version) {
      shown.current = version;
      const started = performance.now();
      editor.update(() => $buildArticleDocument(article, highlights), {
        tag: READER_LOAD_TAG,
        onUpdate: () => onLoaded?.(article.id, performance.now() - started),
      });
    } else {
      editor.update(() => void $syncClaimMarks(article.text, highlights));
    }
  }, [editor, article, highlights, onLoaded]);

  return null;
}
