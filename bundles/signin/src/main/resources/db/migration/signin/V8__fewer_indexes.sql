-- Every sign-in writes a visit and its purposes and so updates each of their indexes. These two are read by no query:
-- the look-ups by person use visit_person_day (person_id, visit_day), and purposes are counted by day and center.
DROP INDEX visit_person_id;
DROP INDEX visit_purpose_purpose;
