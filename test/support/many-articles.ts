// Many articles at once, written as a colleague's program would: rows straight into a real
// Factdesk file through a second connection (the search index follows through its triggers).
// Importing 10,000 files through the core would take a test tens of seconds.
import { openConnection } from '../../main/core/store/sqlite';

/** Article i is titled "Harbour log i", says "The harbour log, entry i." and is dated 2020-01-01 + i hours. */
export async function addHarbourLogs(path: string, count: number): Promise<void> {
  const raw = await openConnection(path);
  try {
    await raw.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < count; i++) {
      const at = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();
      await raw.run(
        `INSERT INTO article (title, text, published_at, content_hash, format, imported_at) VALUES (?, ?, ?, ?, 'text', '2026-12-01T00:00:00Z')`,
        [`Harbour log ${i}`, `The harbour log, entry ${i}.`, at, i.toString(16).padStart(64, '0')],
      );
    }
    await raw.exec('COMMIT');
  } finally {
    await raw.close();
  }
}
