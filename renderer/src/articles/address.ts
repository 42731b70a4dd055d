// The workbench's address: the open article and claim as a hash route (#/article/12/claim/34),
// so a reload, a restart or a pasted link reopens the same place. The hash never reaches a
// server, so it works the same over the browser bridge (with its ?token=…) and app://.

export interface Place {
  articleId: number;
  claimId: number | null;
}

const ROUTE = /^#\/article\/(\d+)(?:\/claim\/(\d+))?\/?$/;

export function parseAddress(hash: string): Place | null {
  const found = ROUTE.exec(hash);
  if (found === null) return null;
  const articleId = Number(found[1]);
  const claimId = found[2] === undefined ? null : Number(found[2]);
  return articleId > 0 ? { articleId, claimId: claimId !== null && claimId > 0 ? claimId : null } : null;
}

export function formatAddress(place: Place | null): string {
  if (place === null) return '';
  return place.claimId === null ? `#/article/${place.articleId}` : `#/article/${place.articleId}/claim/${place.claimId}`;
}

/** The place a history entry's state says a jump came from (state is whatever the entry holds). */
export function cameFromOf(state: unknown): Place | null {
  if (typeof state !== 'object' || state === null || !('cameFrom' in state)) return null;
  const from = state.cameFrom;
  if (typeof from !== 'object' || from === null || !('articleId' in from) || !('claimId' in from)) return null;
  const { articleId, claimId } = from;
  if (typeof articleId !== 'number' || !(claimId === null || typeof claimId === 'number')) return null;
  return { articleId, claimId };
}
