// Settings stored in the shared file (organisation, verdict-scale bounds). The reviewer's own
// name is an app setting and never lives here.
import type { SqlExecutor } from '../sqlite';

export type SharedSettingKey =
  | 'organisation_name'
  | 'organisation_url'
  | 'organisation_logo_url'
  | 'publication_url_pattern'
  | 'report_language'
  | 'verdict_best_rating'
  | 'verdict_worst_rating';

export async function getSetting(tx: SqlExecutor, key: SharedSettingKey): Promise<string | null> {
  return (await tx.get<{ value: string | null }>('SELECT value FROM setting WHERE key = ?', [key]))?.value ?? null;
}

/** Returns the previous value; the row's revision is bumped on every change. */
export async function setSetting(tx: SqlExecutor, key: SharedSettingKey, value: string | null): Promise<{ id: number; before: string | null }> {
  const before = await getSetting(tx, key);
  await tx.run(
    `INSERT INTO setting (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, revision = revision + 1`,
    [key, value],
  );
  const id = (await tx.get<{ id: number }>('SELECT rowid AS id FROM setting WHERE key = ?', [key]))?.id ?? 0;
  return { id, before };
}
