-- Factdesk schema: "My queue" reads only open work (issue 16). A reviewer's archive is nearly all
-- closed claims (10,000 of them after a year); the plain assignee index made the queue visit every
-- one to keep the few open. These partial indexes hold open claims only, in the queue's order, so
-- its cost follows the open work, not the archive. The WHERE terms are written exactly as the
-- queue's conditions (repositories/claims.ts): SQLite uses a partial index only when the query's
-- WHERE implies it. The review index carries the two columns its filter reads, so the section's
-- count is read from the index alone.
CREATE INDEX claim_open_by_assignee ON claim (assignee, updated_at, id)
  WHERE status NOT IN ('approved', 'published', 'rejected');
CREATE INDEX claim_awaiting_review ON claim (updated_at, id, verdict_set_by, assignee)
  WHERE status = 'needs_review' AND verdict IS NOT NULL;
