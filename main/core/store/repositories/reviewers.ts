// Reviewers who have worked on this file (for assignment lists and history).
import type { SqlExecutor } from '../sqlite';

export async function registerReviewer(tx: SqlExecutor, name: string, at: string): Promise<void> {
  await tx.run(
    `INSERT INTO reviewer (name, first_seen_at, last_seen_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
    [name, at, at],
  );
}

export async function listReviewers(tx: SqlExecutor): Promise<string[]> {
  const rows = await tx.all<{ name: string }>('SELECT name FROM reviewer ORDER BY name COLLATE NOCASE');
  return rows.map((r) => r.name);
}
