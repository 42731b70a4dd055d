// The reader's Lexical configuration: read-only, only the nodes an article needs.
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import { ArticleHeaderNode } from './nodes/ArticleHeaderNode';
import { ClaimMarkNode } from './nodes/ClaimMarkNode';

export const readerTheme = {
  paragraph: 'article-paragraph',
  mark: 'claim-mark',
  markOverlap: 'claim-mark--overlap',
};

export function readerConfig(onError: (error: Error) => void): InitialConfigType {
  return {
    namespace: 'factdesk-reader',
    editable: false,
    // The document is built from Article.text by ArticleDocumentPlugin, never from a saved state.
    editorState: null,
    nodes: [ClaimMarkNode, ArticleHeaderNode],
    theme: readerTheme,
    onError,
  };
}
