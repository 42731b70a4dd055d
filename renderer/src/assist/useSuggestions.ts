// The reader's "Suggest claims" (issue 14.1): while switched on, the article's suggested sentences
// (the top quarter by the core's check-worthy model) not yet accepted or dismissed; accepting makes
// the sentence a claim and records it, dismissing records it. The core keeps the judgements (who,
// which sentence, which model version) so a desk can retrain on its own decisions.
import { useCallback, useEffect, useState } from 'react';
import type { SuggestedSentence } from '@common/domain/assist';
import type { PartRange } from '../editor/anchoring';
import { api } from '../shared/api';
import { useWording } from '../claims/wording';

export interface Suggestions {
  /** The open suggestions; empty while off or loading. */
  open: readonly SuggestedSentence[];
  error: string | null;
  accept(sentence: SuggestedSentence): Promise<void>;
  dismiss(sentence: SuggestedSentence): Promise<void>;
}

/** Marks a sentence as a claim and resolves to the new claim's id, or null when it was not marked. */
export type MarkSentence = (range: PartRange) => Promise<number | null>;

const keyOf = (s: SuggestedSentence): string => `${s.part}:${s.index}`;

export function useSuggestions(articleId: number, enabled: boolean, markSentence: MarkSentence): Suggestions {
  const [loaded, setLoaded] = useState<{ articleId: number; sentences: SuggestedSentence[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useWording();

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api()
      .articleSuggestions({ articleId })
      .then((value) => {
        if (!live) return;
        setLoaded({ articleId, sentences: value.sentences });
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
  }, [articleId, enabled]);

  const judged = useCallback((sentence: SuggestedSentence, judgement: 'accepted' | 'dismissed') => {
    setLoaded((l) => l && { ...l, sentences: l.sentences.map((s) => (keyOf(s) === keyOf(sentence) ? { ...s, judgement } : s)) });
  }, []);

  const record = useCallback(
    async (sentence: SuggestedSentence, decision: 'accepted' | 'dismissed', claimId: number | null) => {
      try {
        await api().judgeSuggestion({ articleId, part: sentence.part, index: sentence.index, decision, claimId });
      } catch (e) {
        setError(t('suggestions.notRecorded', { decision, error: e instanceof Error ? e.message : String(e) }));
      }
    },
    [articleId, t],
  );

  const accept = useCallback(
    async (sentence: SuggestedSentence) => {
      const claimId = await markSentence({ part: sentence.part, start: sentence.index, end: sentence.index + sentence.text.length });
      if (claimId === null) return;
      judged(sentence, 'accepted');
      await record(sentence, 'accepted', claimId);
    },
    [markSentence, judged, record],
  );

  const dismiss = useCallback(
    async (sentence: SuggestedSentence) => {
      judged(sentence, 'dismissed');
      await record(sentence, 'dismissed', null);
    },
    [judged, record],
  );

  const open = enabled && loaded?.articleId === articleId ? loaded.sentences.filter((s) => s.judgement === null) : [];
  return { open, error: enabled ? error : null, accept, dismiss };
}
