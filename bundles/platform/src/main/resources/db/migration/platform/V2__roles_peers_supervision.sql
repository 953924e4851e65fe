-- An account holds a set of roles; account.role stays as the most senior one, for older readers.
CREATE TABLE account_role (
    person_id VARCHAR(36) NOT NULL REFERENCES account (person_id) ON DELETE CASCADE,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role)
);
INSERT INTO account_role (person_id, role) SELECT person_id, role FROM account;

-- Peer staff: recovery coach or recovery associate, and the trainings completed.
CREATE TABLE peer_profile (
    person_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    peer_role VARCHAR(30) NOT NULL
);
CREATE TABLE peer_training (
    person_id    VARCHAR(36)  NOT NULL REFERENCES peer_profile (person_id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    name         VARCHAR(120) NOT NULL,
    completed_on DATE         NOT NULL,
    PRIMARY KEY (person_id, position)
);

-- Who supervises whom, and the named backup. Supervisor and backup rows are removed by the platform
-- when either person is deleted or merged away.
CREATE TABLE supervision (
    supervisee_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    supervisor_id VARCHAR(36) NOT NULL,
    backup_id     VARCHAR(36)
);
CREATE INDEX supervision_supervisor ON supervision (supervisor_id);
CREATE INDEX supervision_backup ON supervision (backup_id);
