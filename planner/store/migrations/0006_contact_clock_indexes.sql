-- 0006: covering indexes for the contact clock (who was last contacted when)
-- and the This-week view across all accounts. Without them, computing every
-- person's last contact reads each attended visit's whole row (wide text
-- columns): ~7 s on the 200k-visit benchmark under load, ~2.3 s with them.
-- (Kept in pending/ on the visits branch: migrations must be numbered 1..n,
-- and 0003-0005 come from other branches. Move it up one folder when merging.)
CREATE INDEX ix_visit_contact_clock ON visit (id, status, deleted, starts_at);

CREATE INDEX ix_visit_attendee_person ON visit_attendee (stakeholder_id, deleted, visit_id);

CREATE INDEX ix_stakeholder_contact ON stakeholder (status, deleted, account_id, importance, attitude, name, id);

CREATE INDEX ix_contact_log_person ON contact_log (stakeholder_id, deleted, contacted_on, kind);
