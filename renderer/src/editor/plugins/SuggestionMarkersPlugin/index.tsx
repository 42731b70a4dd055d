// Margin markers for the suggested sentences: a small button beside the first line of each, in the
// page's left margin, so a suggestion never looks like a claim highlight (<mark>) and never changes
// the document. Positions follow the text: recomputed after each editor update and on resize.
// The markers come in reading order (headline, teaser, body), so Tab from the text meets them as
// the sentences are read, not in the model's ranking.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestedSentence } from '@common/domain/assist';
import { $getPartLayout, $textOffsetToPoint, CLAIM_PARTS_SHOWN } from '../../anchoring';
import { truncate } from '../../../shared/format';

interface Props {
  sentences: readonly SuggestedSentence[];
  onAccept: (sentence: SuggestedSentence) => void;
  onDismiss: (sentence: SuggestedSentence) => void;
}

/** The top of the sentence's first character, relative to `origin`; null when it is not on screen. */
function sentenceTop(editor: LexicalEditor, sentence: SuggestedSentence, origin: number): number | null {
  const point = editor.read(() => $textOffsetToPoint(sentence.index, 'start', $getPartLayout(sentence.part)));
  if (point === null) return null;
  const element = editor.getElementByKey(point.key);
  if (element === null) return null;
  const range = document.createRange();
  const text = point.type === 'text' ? element.firstChild : null;
  if (text !== null && text.nodeType === Node.TEXT_NODE) {
    range.setStart(text, Math.min(point.offset, text.textContent?.length ?? 0));
    range.collapse(true);
  } else {
    range.selectNodeContents(element);
  }
  const rect = range.getClientRects()[0] ?? element.getBoundingClientRect();
  return rect.top - origin;
}

const inReadingOrder = (a: SuggestedSentence, b: SuggestedSentence): number =>
  CLAIM_PARTS_SHOWN.indexOf(a.part) - CLAIM_PARTS_SHOWN.indexOf(b.part) || a.index - b.index;

export function SuggestionMarkersPlugin({ sentences: ranked, onAccept, onDismiss }: Props) {
  const { t } = useTranslation('workbench');
  const [editor] = useLexicalComposerContext();
  const sentences = useMemo(() => [...ranked].sort(inReadingOrder), [ranked]);
  const gutter = useRef<HTMLDivElement | null>(null);
  const [tops, setTops] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    const place = (): void => {
      const origin = gutter.current?.getBoundingClientRect().top;
      if (origin === undefined) return;
      const next = new Map<string, number>();
      for (const s of sentences) {
        const top = sentenceTop(editor, s, origin);
        if (top !== null) next.set(`${s.part}:${s.index}`, top);
      }
      setTops(next);
    };
    place();
    const root = editor.getRootElement();
    const resized = new ResizeObserver(place);
    if (root !== null) resized.observe(root);
    const unregister = editor.registerUpdateListener(() => requestAnimationFrame(place));
    return () => {
      resized.disconnect();
      unregister();
    };
  }, [editor, sentences]);

  if (sentences.length === 0) return null;
  return (
    <div className="suggestion-gutter" ref={gutter} role="group" aria-label={t('suggestion.group')}>
      {sentences.map((s) => {
        const key = `${s.part}:${s.index}`;
        const top = tops.get(key);
        if (top === undefined) return null;
        return (
          <div key={key} className="suggestion-marker" style={{ top }}>
            <button
              type="button"
              className="suggestion-accept"
              aria-label={t('suggestion.accept', { text: s.text })}
              title={t('suggestion.acceptTitle', { rank: s.rank, text: truncate(s.text, 120) })}
              onClick={() => onAccept(s)}
            >
              <span aria-hidden="true">◆</span>
            </button>
            <button
              type="button"
              className="suggestion-dismiss"
              aria-label={t('suggestion.dismiss', { text: s.text })}
              title={t('suggestion.dismissTitle')}
              onClick={() => onDismiss(s)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
