-- Supervision as support, not surveillance. People are ids; nothing clinical anywhere: no diagnosis, no
-- substance, no test result, no clinical note. Dates are the center's local dates.

-- The topics a session may touch on; the center may add its own.
CREATE TABLE supervision.topic (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en  VARCHAR(80)  NOT NULL,
    name_es  VARCHAR(80),
    position INT          NOT NULL DEFAULT 0
);

INSERT INTO supervision.topic (code, name_en, name_es, position) VALUES ('boundaries', 'Boundaries', 'Límites', 10);
INSERT INTO supervision.topic (code, name_en, name_es, position) VALUES ('self_care', 'Self-care', 'Autocuidado', 20);
INSERT INTO supervision.topic (code, name_en, name_es, position) VALUES ('ethics', 'Ethics', 'Ética', 30);
INSERT INTO supervision.topic (code, name_en, name_es, position)
    VALUES ('confidentiality', 'Confidentiality', 'Confidencialidad', 40);
INSERT INTO supervision.topic (code, name_en, name_es, position)
    VALUES ('crisis', 'Crisis situations', 'Situaciones de crisis', 50);
INSERT INTO supervision.topic (code, name_en, name_es, position)
    VALUES ('past_contacts', 'Meeting people from one''s past while on duty',
            'Encontrarse con personas del pasado durante el turno', 60);
INSERT INTO supervision.topic (code, name_en, name_es, position)
    VALUES ('training_goals', 'Training goals', 'Metas de formación', 70);
INSERT INTO supervision.topic (code, name_en, name_es, position) VALUES ('successes', 'Successes', 'Logros', 80);

-- One supervision session, written by the supervisor (or backup) about a supervisee. The author is emptied
-- when their record is deleted at their wish; the entry stays the supervisee's.
CREATE TABLE supervision.log_entry (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supervisee_id   VARCHAR(64)   NOT NULL,
    author_id       VARCHAR(64),
    met_on          DATE          NOT NULL,
    minutes         INT           NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    notes           VARCHAR(1000),
    next_steps      VARCHAR(1000),
    reflection      VARCHAR(1000),
    supervisor_ack  TIMESTAMP,
    peer_ack        TIMESTAMP,
    written_at      TIMESTAMP     NOT NULL,
    CONSTRAINT log_minutes CHECK (minutes > 0 AND minutes <= 480),
    CONSTRAINT log_format CHECK (format IN ('ONE_TO_ONE', 'GROUP', 'PHONE'))
);

CREATE INDEX log_entry_supervisee ON supervision.log_entry (supervisee_id, met_on);

CREATE TABLE supervision.log_topic (
    entry_id   BIGINT       NOT NULL REFERENCES supervision.log_entry (id) ON DELETE CASCADE,
    topic_code VARCHAR(40)  NOT NULL REFERENCES supervision.topic (code),
    PRIMARY KEY (entry_id, topic_code)
);

-- A recovery re-engagement plan: proposed by one of the two and open once the peer and the supervisor have
-- both agreed; closed when both agree it is done. Archived plans keep only their dates.
CREATE TABLE supervision.plan (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    peer_id           VARCHAR(64)  NOT NULL,
    owner_id          VARCHAR(64),
    state             VARCHAR(10)  NOT NULL,
    peer_agrees       BOOLEAN      NOT NULL DEFAULT FALSE,
    owner_agrees      BOOLEAN      NOT NULL DEFAULT FALSE,
    coordinator_may_know BOOLEAN   NOT NULL DEFAULT FALSE,
    proposed_on       DATE         NOT NULL,
    opened_on         DATE,
    closed_on         DATE,
    CONSTRAINT plan_state CHECK (state IN ('PROPOSED', 'OPEN', 'CLOSED', 'ARCHIVED'))
);

CREATE INDEX plan_peer ON supervision.plan (peer_id, state);

-- The plan's parts: a step, a support the peer chose, a check-in date, or a stage of the return to duties
-- (from a date: not scheduled for now, only some shift roles, or every role again). What the peer wrote, and
-- everything in the plan when the peer agreed to open it, is agreed; a stage the supervisor adds later counts
-- only once the peer agrees to it.
CREATE TABLE supervision.plan_item (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     BIGINT        NOT NULL REFERENCES supervision.plan (id) ON DELETE CASCADE,
    kind        VARCHAR(10)   NOT NULL,
    text        VARCHAR(300),
    on_day      DATE,
    duties      VARCHAR(10),
    roles       VARCHAR(300),
    done        BOOLEAN       NOT NULL DEFAULT FALSE,
    added_by    VARCHAR(10)   NOT NULL,
    peer_agreed BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT item_kind CHECK (kind IN ('STEP', 'SUPPORT', 'CHECK_IN', 'RETURN')),
    CONSTRAINT item_duties CHECK (duties IS NULL OR duties IN ('NOT_NOW', 'ONLY', 'ALL'))
);
