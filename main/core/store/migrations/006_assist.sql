-- Factdesk schema 6: assistance (issue 14).
-- Similar claims: claim_fts (schema 1) finds shared words ranked by bm25; German compounds share
-- no word with their parts ("Atomwaffeneinsatz" / "Atomwaffen"), so a trigram index of the claim
-- as reviewed finds a word inside a longer one.
CREATE VIRTUAL TABLE claim_trigram USING fts5 (
  claim_reviewed,
  content = 'claim', content_rowid = 'id',
  tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER claim_trigram_insert AFTER INSERT ON claim
BEGIN
  INSERT INTO claim_trigram (rowid, claim_reviewed) VALUES (new.id, new.claim_reviewed);
END;

CREATE TRIGGER claim_trigram_delete AFTER DELETE ON claim
BEGIN
  INSERT INTO claim_trigram (claim_trigram, rowid, claim_reviewed) VALUES ('delete', old.id, old.claim_reviewed);
END;

CREATE TRIGGER claim_trigram_update AFTER UPDATE OF claim_reviewed ON claim
BEGIN
  INSERT INTO claim_trigram (claim_trigram, rowid, claim_reviewed) VALUES ('delete', old.id, old.claim_reviewed);
  INSERT INTO claim_trigram (rowid, claim_reviewed) VALUES (new.id, new.claim_reviewed);
END;

INSERT INTO claim_trigram (claim_trigram) VALUES ('rebuild');


-- Check-worthy suggestions a reviewer accepted (made a claim of) or dismissed: who, which sentence,
-- which model, so a desk can retrain the model on its own judgements. Kept when the article goes.
CREATE TABLE suggestion_judgement (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  article_id INTEGER,
  part TEXT NOT NULL CHECK (part IN ('body', 'headline', 'teaser')),
  sentence_start INTEGER NOT NULL CHECK (sentence_start >= 0),
  sentence TEXT NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('de', 'en')),
  model_version TEXT NOT NULL,
  score REAL NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
  claim_id INTEGER
) STRICT;

CREATE INDEX suggestion_judgement_by_article ON suggestion_judgement (article_id, part, sentence_start);
