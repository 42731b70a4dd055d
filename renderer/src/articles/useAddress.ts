// Keeps the address in step with the open article and claim, and opens what an address names:
// at start (reload, restart, a pasted link) and when the hash is changed by hand.
import { useEffect, useRef } from 'react';
import { formatAddress, parseAddress, type Place } from './address';

interface Options {
  articleId: number | null;
  claimId: number | null;
  /** The article whose detail is on screen (a claim can only open once it is). */
  loadedArticleId: number | null;
  openArticle(articleId: number): Promise<void>;
  chooseClaim(claimId: number): Promise<void>;
}

export function useAddress({ articleId, claimId, loadedArticleId, openArticle, chooseClaim }: Options): void {
  // The place the address asked for and not yet reached; while set, the address is not rewritten.
  const wanted = useRef<Place | null>(parseAddress(window.location.hash));
  const actions = useRef({ openArticle, chooseClaim });
  useEffect(() => {
    actions.current = { openArticle, chooseClaim };
  });

  useEffect(() => {
    const go = () => {
      const place = parseAddress(window.location.hash);
      wanted.current = place;
      if (place !== null) void actions.current.openArticle(place.articleId);
    };
    if (wanted.current !== null) go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);

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
    // replaceState: moving between claims should not fill the back button's history.
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}${hash}`);
  }, [articleId, claimId]);
}
