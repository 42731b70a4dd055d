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
