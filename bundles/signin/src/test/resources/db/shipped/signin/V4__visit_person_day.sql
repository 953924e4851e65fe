-- Signing a member in first signs them out of an earlier visit the same day. Looking that up by person and
-- day touches only their own rows, so kiosks signing in different members never wait for each other.
CREATE INDEX visit_person_day ON visit (person_id, visit_day);
