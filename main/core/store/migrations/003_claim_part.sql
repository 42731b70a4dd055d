-- Factdesk schema 3: a claim may quote the headline or the teaser, not only the body (issue 9.7).
-- Its selectors index the text of that part (Article.title, Article.subtitle or Article.text).
-- Every claim stored before is in the body, which the default says without rewriting a row.
ALTER TABLE claim ADD COLUMN part TEXT NOT NULL DEFAULT 'body' CHECK (part IN ('body', 'headline', 'teaser'));
