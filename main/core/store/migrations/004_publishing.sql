-- Factdesk schema 4: publishing (issue 12). A claim records when, by whom and at which address it
-- was published, and when a correction last changed it; corrections of published claims are kept
-- with their note, because a desk must show them openly. Verdicts get a German label.
ALTER TABLE claim ADD COLUMN published_at TEXT;
ALTER TABLE claim ADD COLUMN published_by TEXT;
ALTER TABLE claim ADD COLUMN published_url TEXT;
ALTER TABLE claim ADD COLUMN modified_at TEXT;

ALTER TABLE verdict ADD COLUMN label_de TEXT;

UPDATE verdict SET label_de = CASE key
  WHEN 'true' THEN 'Richtig'
  WHEN 'mostly_true' THEN 'Größtenteils richtig'
  WHEN 'half_true' THEN 'Halb richtig'
  WHEN 'mostly_false' THEN 'Größtenteils falsch'
  WHEN 'false' THEN 'Falsch'
  WHEN 'unverifiable' THEN 'Nicht überprüfbar'
END;

-- One row per correction of a published claim: the note readers see, and what it changed.
CREATE TABLE claim_correction (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 10000),
  -- JSON array of the changed fields' names (e.g. ["verdict"]).
  fields TEXT NOT NULL
) STRICT;

CREATE INDEX claim_correction_by_claim ON claim_correction (claim_id, id);

INSERT INTO setting (key, value) VALUES
  ('organisation_logo_url', NULL),
  ('publication_url_pattern', NULL),
  ('report_language', 'en')
ON CONFLICT (key) DO NOTHING;
