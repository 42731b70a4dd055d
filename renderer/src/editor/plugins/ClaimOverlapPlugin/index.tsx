// Keeps overlapping claim highlights flat (registerClaimMarkOverlapResolver) in the reader.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';
import { registerClaimMarkOverlapResolver } from '../../anchoring';

/**
 * Must come before the ContentEditable in the composer: its layout effect then runs before the
 * text's element mounts and commits the first state (initialArticleState), while no mark is
 * committed yet. Registered later, the transform marks every highlight dirty in an update that
 * reads the page's selection, which makes Chromium lay out the whole page: 60–200 ms in an
 * article with 300 claims.
 */
export function ClaimOverlapPlugin() {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => registerClaimMarkOverlapResolver(editor), [editor]);
  return null;
}
