-- Factdesk schema 1: the whole mission's data model.
-- Applied inside one BEGIN IMMEDIATE transaction by migrate.ts, which also sets
-- PRAGMA application_id and user_version. Everything created here (tables, indexes, FTS tables,
-- triggers) is "what Factdesk creates": opening a file compares its schema against this.

CREATE TABLE schema_migration (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;

-- People who have written to this file; names, because the reviewer's identity lives in each
-- person's app settings, not in the shared database.
CREATE TABLE reviewer (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;

-- AUTOINCREMENT on every entity: ids are never reused after a delete, so a change-log entry
-- always means the row it was written for.
CREATE TABLE article (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  subtitle TEXT,
  dateline TEXT,
  byline TEXT,
  source_name TEXT,
  url TEXT,
  language TEXT,
  published_at TEXT,
  category TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
  format TEXT NOT NULL CHECK (format IN ('seed', 'text', 'markdown', 'html')),
  file_name TEXT,
  imported_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX article_by_published ON article (published_at);
CREATE INDEX article_by_imported ON article (imported_at);

CREATE TABLE verdict (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
  label TEXT NOT NULL,
  rating_value INTEGER,
  color TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE claim (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  quote_exact TEXT NOT NULL,
  quote_prefix TEXT NOT NULL,
  quote_suffix TEXT NOT NULL,
  pos_start INTEGER NOT NULL CHECK (pos_start >= 0),
  pos_end INTEGER NOT NULL,
  orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
  claim_reviewed TEXT NOT NULL,
  claimant TEXT,
  claim_date TEXT,
  verdict TEXT REFERENCES verdict (key) ON UPDATE CASCADE,
  rationale TEXT,
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'in_research', 'needs_review', 'approved', 'published', 'rejected')),
  assignee TEXT,
  verdict_set_by TEXT,
  approved_by TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  CHECK (pos_end > pos_start)
) STRICT;

CREATE INDEX claim_by_article ON claim (article_id, pos_start, id);
CREATE INDEX claim_by_status ON claim (status);
CREATE INDEX claim_by_assignee ON claim (assignee);
CREATE INDEX claim_by_verdict ON claim (verdict);

CREATE TABLE source (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  title TEXT,
  publisher TEXT,
  source_date TEXT,
  excerpt TEXT,
  stance TEXT NOT NULL DEFAULT 'context' CHECK (stance IN ('supports', 'refutes', 'context')),
  archive_url TEXT,
  -- An attached copy of the evidence (e.g. a PDF), identified by its SHA-256; the bytes live
  -- beside the database, not in it.
  attachment_sha256 TEXT CHECK (attachment_sha256 IS NULL OR length(attachment_sha256) = 64),
  attachment_name TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX source_by_claim ON source (claim_id, id);

CREATE TABLE comment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES comment (id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX comment_by_claim ON comment (claim_id, id);
CREATE INDEX comment_by_parent ON comment (parent_id);

-- Key/value settings that belong to the shared file (organisation, verdict scale bounds).
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Append-only: who changed what, from what to what. Also the feed other open copies follow.
-- No foreign keys, so deleting an article or claim never touches its history.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('article', 'claim', 'source', 'comment', 'verdict_scale', 'setting')),
  entity_id INTEGER NOT NULL,
  article_id INTEGER,
  claim_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before_json TEXT,
  after_json TEXT
) STRICT;

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

-- Who has the file open and what they are editing: informational, expires by heartbeat age.
-- One row per open copy (session), so one person with two windows shows once per window.
CREATE TABLE presence (
  session TEXT PRIMARY KEY,
  reviewer TEXT NOT NULL,
  editing TEXT,
  seen_at_ms INTEGER NOT NULL
) STRICT;

-- Full-text search. External-content FTS5 tables read the rows they index; triggers keep them in
-- step inside the writing transaction. remove_diacritics 2 lets "uber" find "über".
CREATE VIRTUAL TABLE article_fts USING fts5 (
  title, subtitle, text,
  content = 'article', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_insert AFTER INSERT ON article
BEGIN
  INSERT INTO article_fts (rowid, title, subtitle, text) VALUES (new.id, new.title, new.subtitle, new.text);
END;

CREATE TRIGGER article_fts_delete AFTER DELETE ON article
BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, subtitle, text)
  VALUES ('delete', old.id, old.title, old.subtitle, old.text);
END;

CREATE TRIGGER article_fts_update AFTER UPDATE OF title, subtitle, text ON article
BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, subtitle, text)
  VALUES ('delete', old.id, old.title, old.subtitle, old.text);
  INSERT INTO article_fts (rowid, title, subtitle, text) VALUES (new.id, new.title, new.subtitle, new.text);
END;

CREATE VIRTUAL TABLE claim_fts USING fts5 (
  claim_reviewed, quote_exact, rationale, claimant,
  content = 'claim', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim
BEGIN
  INSERT INTO claim_fts (rowid, claim_reviewed, quote_exact, rationale, claimant)
  VALUES (new.id, new.claim_reviewed, new.quote_exact, new.rationale, new.claimant);
END;

CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim
BEGIN
  INSERT INTO claim_fts (claim_fts, rowid, claim_reviewed, quote_exact, rationale, claimant)
  VALUES ('delete', old.id, old.claim_reviewed, old.quote_exact, old.rationale, old.claimant);
END;

CREATE TRIGGER claim_fts_update AFTER UPDATE OF claim_reviewed, quote_exact, rationale, claimant ON claim
BEGIN
  INSERT INTO claim_fts (claim_fts, rowid, claim_reviewed, quote_exact, rationale, claimant)
  VALUES ('delete', old.id, old.claim_reviewed, old.quote_exact, old.rationale, old.claimant);
  INSERT INTO claim_fts (rowid, claim_reviewed, quote_exact, rationale, claimant)
  VALUES (new.id, new.claim_reviewed, new.quote_exact, new.rationale, new.claimant);
END;

CREATE VIRTUAL TABLE source_fts USING fts5 (
  title, publisher, excerpt, url,
  content = 'source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER source_fts_insert AFTER INSERT ON source
BEGIN
  INSERT INTO source_fts (rowid, title, publisher, excerpt, url)
  VALUES (new.id, new.title, new.publisher, new.excerpt, new.url);
END;

CREATE TRIGGER source_fts_delete AFTER DELETE ON source
BEGIN
  INSERT INTO source_fts (source_fts, rowid, title, publisher, excerpt, url)
  VALUES ('delete', old.id, old.title, old.publisher, old.excerpt, old.url);
END;

CREATE TRIGGER source_fts_update AFTER UPDATE OF title, publisher, excerpt, url ON source
BEGIN
  INSERT INTO source_fts (source_fts, rowid, title, publisher, excerpt, url)
  VALUES ('delete', old.id, old.title, old.publisher, old.excerpt, old.url);
  INSERT INTO source_fts (rowid, title, publisher, excerpt, url)
  VALUES (new.id, new.title, new.publisher, new.excerpt, new.url);
END;

-- The default verdict scale (schema.org ratingValue: 5 best, 1 worst; Unverifiable is off-scale).
INSERT INTO verdict (key, label, rating_value, color, sort_order) VALUES
  ('true', 'True', 5, '#1a7f37', 1),
  ('mostly_true', 'Mostly true', 4, '#6aa84f', 2),
  ('half_true', 'Half true', 3, '#d4a72c', 3),
  ('mostly_false', 'Mostly false', 2, '#e16f24', 4),
  ('false', 'False', 1, '#cf222e', 5),
  ('unverifiable', 'Unverifiable', NULL, '#6e7781', 6);

INSERT INTO setting (key, value) VALUES
  ('organisation_name', NULL),
  ('organisation_url', NULL),
  ('verdict_best_rating', '5'),
  ('verdict_worst_rating', '1');
