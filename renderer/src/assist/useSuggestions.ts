// The reader's "Suggest claims" (issue 14.1): while switched on, the article's suggested sentences
// (the top quarter by the core's check-worthy model) not yet accepted or dismissed; accepting makes
// the sentence a claim and records it, dismissing records it. The core keeps the judgements (who,
// which sentence, which model version) so a desk can retrain on its own decisions.
// Live: a sentence that is already a claim (marked here, by hand, or by a colleague) is not offered,
// and a new text (another version, an edited headline) is ranked again.
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SuggestedSentence } from '@common/domain/assist';
import type { Article, Claim } from '@common/domain/types';
import type { PartRange } from '../editor/anchoring';
import { api } from '../shared/api';
import { announcePolitely } from '../shared/LiveAnnouncer';
import { wordingOf } from '../claims/wording';
import { errorShown } from '../shared/failureMessage';

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

/** A claim on the whole sentence (or more): the sentence has become a claim and needs no marker. */
const isClaimed = (s: SuggestedSentence, claims: readonly Claim[]): boolean =>
  claims.some((c) => !c.orphaned && c.part === s.part && c.position.start <= s.index && c.position.end >= s.index + s.text.length);

/** What the ranking depends on: the texts of the parts that are ranked. */
const textKey = (a: Article): string => `${a.id}\u0000${a.contentHash}\u0000${a.title}\u0000${a.subtitle ?? ''}`;

export function useSuggestions(article: Article, claims: readonly Claim[], enabled: boolean, markSentence: MarkSentence): Suggestions {
  const articleId = article.id;
  const text = textKey(article);
  const [loaded, setLoaded] = useState<{ text: string; sentences: SuggestedSentence[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = wordingOf(useTranslation('panels'));

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api()
      .articleSuggestions({ articleId })
      .then((value) => {
        if (!live) return;
        setLoaded({ text, sentences: value.sentences });
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(errorShown(e));
      });
    return () => {
      live = false;
    };
  }, [articleId, text, enabled]);

  const judged = useCallback((sentence: SuggestedSentence, judgement: 'accepted' | 'dismissed') => {
    setLoaded((l) => l && { ...l, sentences: l.sentences.map((s) => (keyOf(s) === keyOf(sentence) ? { ...s, judgement } : s)) });
  }, []);

  const record = useCallback(
    async (sentence: SuggestedSentence, decision: 'accepted' | 'dismissed', claimId: number | null) => {
      try {
        await api().judgeSuggestion({ articleId, part: sentence.part, index: sentence.index, decision, claimId });
      } catch (e) {
        setError(t('suggestions.notRecorded', { decision, error: errorShown(e) }));
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

  const current = enabled && loaded?.text === text ? loaded.sentences : null;
  const open = useMemo(() => (current ?? []).filter((s) => s.judgement === null && !isClaimed(s, claims)), [current, claims]);

  // Said once when switched on (and for each article opened while on), not at every change after:
  // the markers that go then go with a claim, which is announced itself.
  const told = useRef<number | null>(null);
  const ready = current !== null;
  useEffect(() => {
    if (!enabled) told.current = null;
    else if (ready && told.current !== articleId) {
      told.current = articleId;
      announcePolitely(t('suggestions.spoken', { count: open.length }));
    }
  }, [enabled, ready, articleId, open.length, t]);

  return { open, error: enabled ? error : null, accept, dismiss };
}
