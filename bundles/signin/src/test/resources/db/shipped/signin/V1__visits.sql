-- A visit at the kiosk. person_id is empty when the visitor chose to be counted anonymously:
-- then nothing at all records who came.
CREATE TABLE visit (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     VARCHAR(36),
    visited_at    TIMESTAMP NOT NULL,
    visit_day     DATE      NOT NULL,
    signed_out_at TIMESTAMP
);
CREATE INDEX visit_visit_day ON visit (visit_day);
CREATE INDEX visit_person_id ON visit (person_id);

-- Why someone came: one row per purpose they picked.
CREATE TABLE visit_purpose (
    visit_id BIGINT      NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    purpose  VARCHAR(30) NOT NULL,
    PRIMARY KEY (visit_id, purpose)
);
CREATE INDEX visit_purpose_purpose ON visit_purpose (purpose);
