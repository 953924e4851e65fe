-- Signing a member in signs them out of their visit of the day that is still open. With the sign-out time in the
-- index, the look-up reads only that open visit, not every visit of theirs that day; other look-ups by person and
-- day use it as they used visit_person_day.
CREATE INDEX visit_person_day_open ON visit (person_id, visit_day, signed_out_at);
DROP INDEX visit_person_day;
