// Claims in the order a reader meets them: by their first highlight in the document, and where
// several start on the same words, the one starting first (then the shorter one) first.
import type { Claim } from '@common/domain/types';

export interface ClaimStop {
  claimId: number;
  mark: HTMLElement;
}

export function claimStops(marks: Iterable<HTMLElement>, idsOf: (mark: HTMLElement) => number[], claims: ReadonlyMap<number, Claim>): ClaimStop[] {
  const stops: ClaimStop[] = [];
  const seen = new Set<number>();
  for (const mark of marks) {
    const fresh = idsOf(mark).filter((id) => !seen.has(id) && claims.has(id));
    fresh.sort((a, b) => {
      const x = claims.get(a);
      const y = claims.get(b);
      if (x === undefined || y === undefined) return a - b;
      return x.position.start - y.position.start || x.position.end - y.position.end || a - b;
    });
    for (const claimId of fresh) {
      seen.add(claimId);
      stops.push({ claimId, mark });
    }
  }
  return stops;
}

/** The next (step 1) or previous (step -1) stop from the current claim, or from the caret when no claim is current. */
export function nextStop(stops: readonly ClaimStop[], current: number | null, caret: Range | null, step: 1 | -1): ClaimStop | null {
  const at = current === null ? -1 : stops.findIndex((s) => s.claimId === current);
  if (at !== -1) return stops[at + step] ?? null;
  if (caret === null) return (step === 1 ? stops[0] : stops[stops.length - 1]) ?? null;
  // Relative to the caret: the first highlight after it, or the last one before it.
  const after = (s: ClaimStop) => caret.comparePoint(s.mark, 0) >= 0;
  if (step === 1) return stops.find(after) ?? null;
  return [...stops].reverse().find((s) => !after(s)) ?? null;
}
