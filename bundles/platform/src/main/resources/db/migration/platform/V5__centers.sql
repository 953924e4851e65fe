-- The centers whose Hearth hosts share this database (one row on a single kiosk), each added by its host when it
-- starts, and which of them know which person: the center where they registered, and any other where they chose
-- to be known. A person's look-up at a kiosk finds only people known at its center.
CREATE TABLE platform.center (
    id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    first_seen TIMESTAMP    NOT NULL
);

CREATE TABLE platform.person_center (
    person_id   VARCHAR(36) NOT NULL REFERENCES platform.person (id) ON DELETE CASCADE,
    center_id   VARCHAR(40) NOT NULL REFERENCES platform.center (id),
    known_since TIMESTAMP   NOT NULL,
    PRIMARY KEY (person_id, center_id)
);
CREATE INDEX person_center_center ON platform.person_center (center_id, person_id);
