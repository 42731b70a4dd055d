// Keeps the address in step with the open article and claim, and opens what an address names:
// at start (reload, restart, a pasted link) and when the hash is changed by hand.
// Moving between claims replaces the address; a jump to another article's claim (from "Checked
// before") adds a history entry that remembers where it came from, so Back (the browser's, or the
// workbench's "Back to claim") returns there.
import { useCallback, useEffect, useRef, useState } from 'react';
import { cameFromOf, formatAddress, parseAddress, type Place } from './address';

interface Options {
  articleId: number | null;
  claimId: number | null;
  /** The article whose detail is on screen (a claim can only open once it is). */
  loadedArticleId: number | null;
  openArticle(articleId: number): Promise<void>;
  chooseClaim(claimId: number): Promise<void>;
}

export interface Address {
  /** Where the last jump came from, while its history entry is the current one. */
  cameFrom: Place | null;
  /** Opens a claim in another article as a new history entry. */
  jumpTo(place: Place): void;
}

export function useAddress({ articleId, claimId, loadedArticleId, openArticle, chooseClaim }: Options): Address {
  // The place the address asked for and not yet reached; while set, the address is not rewritten.
  const wanted = useRef<Place | null>(parseAddress(window.location.hash));
  const [cameFrom, setCameFrom] = useState<Place | null>(() => cameFromOf(window.history.state));
  const actions = useRef({ openArticle, chooseClaim });
  const here = useRef<Place | null>(null);
  useEffect(() => {
    actions.current = { openArticle, chooseClaim };
    here.current = articleId === null ? null : { articleId, claimId };
  });

  const go = useCallback(() => {
    const place = parseAddress(window.location.hash);
    wanted.current = place;
    setCameFrom(cameFromOf(window.history.state));
    if (place !== null) void actions.current.openArticle(place.articleId);
  }, []);

  useEffect(() => {
    if (wanted.current !== null) go();
    // Also Back and Forward between entries of this page: they change the hash.
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [go]);

  const jumpTo = useCallback(
    (place: Place) => {
      const { pathname, search } = window.location;
      window.history.pushState({ cameFrom: here.current }, '', `${pathname}${search}${formatAddress(place)}`);
      go();
    },
    [go],
  );

  useEffect(() => {
    const place = wanted.current;
    if (place === null || loadedArticleId !== place.articleId) return;
    wanted.current = null;
    if (place.claimId !== null && place.claimId !== claimId) void actions.current.chooseClaim(place.claimId);
  }, [loadedArticleId, claimId]);

  useEffect(() => {
    if (wanted.current !== null) return;
    const hash = formatAddress(articleId === null ? null : { articleId, claimId });
    if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
    // replaceState: moving between claims should not fill the back button's history. The entry
    // keeps where a jump came from.
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }, [articleId, claimId]);

  return { cameFrom, jumpTo };
}
