// Presence: who has the file open and what they are editing. Informational only.
import type { SqlExecutor } from '../sqlite';

export interface PresenceRow {
  session: string;
  reviewer: string;
  editing: string | null;
  seen_at_ms: number;
}

/** Rows older than this are deleted on every heartbeat, so crashed sessions do not pile up. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export async function touchPresence(
  tx: SqlExecutor,
  p: { session: string; reviewer: string; editing: string | null; nowMs: number },
): Promise<void> {
  await tx.run(
    `INSERT INTO presence (session, reviewer, editing, seen_at_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (session) DO UPDATE SET reviewer = excluded.reviewer, editing = excluded.editing, seen_at_ms = excluded.seen_at_ms`,
    [p.session, p.reviewer, p.editing, p.nowMs],
  );
  await tx.run('DELETE FROM presence WHERE seen_at_ms < ?', [p.nowMs - FORGET_AFTER_MS]);
}

export async function othersPresent(tx: SqlExecutor, session: string, sinceMs: number): Promise<PresenceRow[]> {
  return tx.all<PresenceRow>(
    'SELECT session, reviewer, editing, seen_at_ms FROM presence WHERE session <> ? AND seen_at_ms >= ? ORDER BY reviewer, session',
    [session, sinceMs],
  );
}

export async function leavePresence(tx: SqlExecutor, session: string): Promise<void> {
  await tx.run('DELETE FROM presence WHERE session = ?', [session]);
}
