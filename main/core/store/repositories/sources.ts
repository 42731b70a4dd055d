// Sources: the evidence attached to a claim.
import type { Source, SourceDescription } from '@common/domain/types';
import { SOURCE_COLUMNS, toSource, type SourceRow } from '../rows';
import type { SqlExecutor } from '../sqlite';

export interface NewSource extends SourceDescription {
  claimId: number;
  at: string;
}

export async function insertSource(tx: SqlExecutor, s: NewSource): Promise<number> {
  const result = await tx.run(
    `INSERT INTO source (claim_id, url, title, publisher, source_date, excerpt, stance, archive_url, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [s.claimId, s.url, s.title, s.publisher, s.date, s.excerpt, s.stance, s.archiveUrl, s.at, s.at],
  );
  return result.lastId;
}

export async function getSource(tx: SqlExecutor, id: number): Promise<Source | undefined> {
  const row = await tx.get<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source WHERE id = ?`, [id]);
  return row && toSource(row);
}

export async function listSourcesOfClaim(tx: SqlExecutor, claimId: number): Promise<Source[]> {
  const rows = await tx.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source WHERE claim_id = ? ORDER BY id`, [claimId]);
  return rows.map(toSource);
}

/** Sources of all an article's claims, in the claims' reading order, then by id. */
export async function listSourcesOfArticle(tx: SqlExecutor, articleId: number): Promise<Source[]> {
  const rows = await tx.all<SourceRow>(
    `SELECT ${SOURCE_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')}
     FROM source s JOIN claim c ON c.id = s.claim_id
     WHERE c.article_id = ? ORDER BY c.pos_start, c.pos_end, c.id, s.id`,
    [articleId],
  );
  return rows.map(toSource);
}

export const SOURCE_FIELD_COLUMNS = {
  url: 'url',
  title: 'title',
  publisher: 'publisher',
  date: 'source_date',
  excerpt: 'excerpt',
  stance: 'stance',
  archiveUrl: 'archive_url',
} as const;
