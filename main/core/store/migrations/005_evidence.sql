-- Factdesk schema 5: evidence that lasts (issue 13). Bytes kept in the database itself, so a
-- shared file carries its evidence: pages as fetched, archived copies of sources, attached files.

-- Content-addressed bytes: one row per distinct SHA-256, the bytes in chunks of about 1 MiB so
-- that a 200 MB file is written and read piece by piece, never held in memory whole.
CREATE TABLE blob (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE blob_chunk (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES blob (sha256) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  data BLOB NOT NULL
) STRICT;

CREATE UNIQUE INDEX blob_chunk_by_blob ON blob_chunk (sha256, seq);

-- The versions of an article's text. Version 1 is the text as first imported; a later version is
-- the same page (or file) with changed text. The article row always holds the latest version.
-- A version fetched from the web records how: the address asked for, where the redirects led,
-- the page's canonical address, the HTTP status and the original bytes (by hash, in blob).
CREATE TABLE article_version (
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  requested_url TEXT,
  final_url TEXT,
  canonical_url TEXT,
  redirects_json TEXT,
  http_status INTEGER,
  content_type TEXT,
  fetched_at TEXT,
  snapshot_sha256 TEXT CHECK (snapshot_sha256 IS NULL OR length(snapshot_sha256) = 64),
  snapshot_size INTEGER,
  PRIMARY KEY (article_id, version)
) STRICT;

CREATE INDEX article_version_by_canonical ON article_version (canonical_url);

-- Evidence kept for a source: files a person attached, and the copies an archive run captured
-- (the page's bytes, a screenshot, a PDF). Removing evidence keeps its row and hash with the
-- reason; only the bytes may go, when nothing else refers to them.
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('file', 'page', 'screenshot', 'pdf')),
  file_name TEXT,
  url TEXT,
  media_type TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  captured_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  removal_reason TEXT,
  CHECK ((removed_at IS NULL) = (removal_reason IS NULL))
) STRICT;

CREATE INDEX evidence_by_source ON evidence (source_id, id);
CREATE INDEX evidence_by_sha256 ON evidence (sha256);
