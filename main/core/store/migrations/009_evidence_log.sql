-- Factdesk schema: evidence has change-log entries of its own (issue 13): who added which file
-- (name, SHA-256), who removed it and why. The log's entity CHECK did not allow 'evidence', and
-- SQLite cannot change a CHECK in place, so the table is rebuilt with the same columns, entries
-- and ids (AUTOINCREMENT continues after the highest), its indexes and its append-only triggers.
-- Older entries stay as written: evidence logged before this as a change of its source.
DROP TRIGGER change_log_no_update;
DROP TRIGGER change_log_no_delete;

CREATE TABLE change_log_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('article', 'claim', 'source', 'comment', 'verdict_scale', 'setting', 'evidence')),
  entity_id INTEGER NOT NULL,
  article_id INTEGER,
  claim_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before_json TEXT,
  after_json TEXT
) STRICT;

INSERT INTO change_log_new (id, at, reviewer, entity, entity_id, article_id, claim_id, action, before_json, after_json)
  SELECT id, at, reviewer, entity, entity_id, article_id, claim_id, action, before_json, after_json FROM change_log ORDER BY id;

DROP TABLE change_log;
ALTER TABLE change_log_new RENAME TO change_log;

CREATE INDEX change_log_by_entity ON change_log (entity, entity_id);
CREATE INDEX change_log_by_article ON change_log (article_id);
CREATE INDEX change_log_by_claim ON change_log (claim_id);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
  SELECT RAISE(ABORT, 'The change log is append-only: entries cannot be changed.');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
  SELECT RAISE(ABORT, 'The change log is append-only: entries cannot be deleted.');
END;
