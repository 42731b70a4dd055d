-- Factdesk schema 10 (issue 16): the article list's date order is the moment of publication, and
-- a search in that order stops at the page.
--
-- The list key: seconds since 1970 of published_at (SQLite reads "Z", "+02:00" and a date alone,
-- midnight UTC; no zone is UTC), shifted past zero and clamped to 1698–2242, times 2^28, plus the
-- article id (ids below 2^28). Undated articles get 0 + id, below every dated one. Newest first is
-- the key descending. Text order got time zones wrong ("…T23:30+14:00" is the morning before
-- "…T10:00Z") and needed every match of a search before it could sort them.
--
-- article_fts is keyed by the list key (rowid), so FTS5 reads a search's matches newest first and
-- a page stops after 500 of them; rowid & (2^28 - 1) is the article id. The expression is written
-- once here for the view and once for the index (the list's ORDER BY, in
-- repositories/article-list.ts, must be the same text to use it).
DROP TRIGGER article_fts_insert;
DROP TRIGGER article_fts_delete;
DROP TRIGGER article_fts_update;
DROP TABLE article_fts;
DROP INDEX article_by_published;

CREATE INDEX article_by_list_key ON article (
  (CASE WHEN unixepoch(published_at) IS NULL THEN 0 ELSE min(max(unixepoch(published_at) + 8589934592, 1), 17179869183) END) * 268435456 + id
);

-- What the search index holds, under the list key: its external content (FTS5 reads it to rebuild).
CREATE VIEW article_search (id, list_key, title, subtitle, text) AS
  SELECT id, (CASE WHEN unixepoch(published_at) IS NULL THEN 0 ELSE min(max(unixepoch(published_at) + 8589934592, 1), 17179869183) END) * 268435456 + id,
    title, subtitle, text
  FROM article;

CREATE VIRTUAL TABLE article_fts USING fts5 (
  title, subtitle, text,
  content = 'article_search', content_rowid = 'list_key',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- The old entry goes before a change (its key is read from the row as it still is), the new one
-- after; the key changes with the date.
CREATE TRIGGER article_fts_insert AFTER INSERT ON article
BEGIN
  INSERT INTO article_fts (rowid, title, subtitle, text)
    SELECT list_key, title, subtitle, text FROM article_search WHERE id = new.id;
END;

CREATE TRIGGER article_fts_delete BEFORE DELETE ON article
BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, subtitle, text)
    SELECT 'delete', list_key, title, subtitle, text FROM article_search WHERE id = old.id;
END;

CREATE TRIGGER article_fts_unindex BEFORE UPDATE OF title, subtitle, text, published_at ON article
BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, subtitle, text)
    SELECT 'delete', list_key, title, subtitle, text FROM article_search WHERE id = old.id;
END;

CREATE TRIGGER article_fts_reindex AFTER UPDATE OF title, subtitle, text, published_at ON article
BEGIN
  INSERT INTO article_fts (rowid, title, subtitle, text)
    SELECT list_key, title, subtitle, text FROM article_search WHERE id = new.id;
END;

INSERT INTO article_fts (article_fts) VALUES ('rebuild');
