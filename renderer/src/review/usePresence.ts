// Presence: tells the file every few seconds that this window is open and what it is editing, and
// learns who else is. Informational only (correctness comes from revisions), so a failed beat is
// simply retried with the next one rather than reported.
import { useEffect, useRef, useState } from 'react';
import type { PresenceEntry } from '@common/contract';
import { api } from '../shared/api';

export const HEARTBEAT_MS = 5000;

/** One line per other reviewer (a person may have several windows open). */
export interface PresentReviewer {
  reviewer: string;
  editing: string[];
}

export function groupPresence(entries: readonly PresenceEntry[]): PresentReviewer[] {
  const byName = new Map<string, Set<string>>();
  for (const e of entries) {
    const set = byName.get(e.reviewer) ?? new Set<string>();
    if (e.editing !== null) set.add(e.editing);
    byName.set(e.reviewer, set);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reviewer, editing]) => ({ reviewer, editing: [...editing].sort() }));
}

/**
 * Whether two heartbeat answers show the same people doing the same things. Each beat renews
 * everyone's seenAt, which nothing shows: only a real change may draw the workbench again.
 */
export function samePresence(a: readonly PresenceEntry[], b: readonly PresenceEntry[]): boolean {
  if (a.length !== b.length) return false;
  const keys = (entries: readonly PresenceEntry[]) => entries.map((e) => JSON.stringify([e.reviewer, e.editing])).sort();
  const left = keys(a);
  const right = keys(b);
  return left.every((key, i) => key === right[i]);
}

/** `editing` is e.g. "claim:12" while a claim panel is open, "article:3" while reading. */
export function usePresence(editing: string | null): PresenceEntry[] {
  const [others, setOthers] = useState<PresenceEntry[]>([]);
  const editingRef = useRef(editing);
  const beatRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    let inFlight = false;
    const beat = () => {
      window.clearTimeout(timer);
      if (!inFlight) {
        inFlight = true;
        api()
          .heartbeat({ editing: editingRef.current })
          .then(
            (entries) => {
              if (!stopped) setOthers((shown) => (samePresence(shown, entries) ? shown : entries));
            },
            () => undefined,
          )
          .finally(() => {
            inFlight = false;
          });
      }
      if (!stopped) timer = window.setTimeout(beat, HEARTBEAT_MS);
    };
    beatRef.current = beat;
    beat();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);

  // Tell the others at once when this window starts or stops editing something.
  useEffect(() => {
    if (editingRef.current === editing) return;
    editingRef.current = editing;
    beatRef.current();
  }, [editing]);

  return others;
}
