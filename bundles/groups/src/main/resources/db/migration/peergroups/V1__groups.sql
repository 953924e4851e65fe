-- Peer-led groups. Times are the center's local wall-clock times. Nothing clinical, no substances, no
-- notes about individuals: people are ids, and a session keeps only counts and a short topic line.

-- The center's own list of pathways and topics; none is preferred.
CREATE TABLE peergroups.pathway (
    code          VARCHAR(32)   NOT NULL PRIMARY KEY,
    name_en       VARCHAR(80)   NOT NULL,
    name_es       VARCHAR(80),
    position      INT           NOT NULL DEFAULT 0,
    active        BOOLEAN       NOT NULL DEFAULT TRUE
);

INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('twelve_step', '12-step', '12 pasos', 10);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('smart', 'SMART Recovery', 'SMART Recovery', 20);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('all_recovery', 'All Recovery', 'Todas las recuperaciones', 30);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('refuge', 'Refuge Recovery', 'Refuge Recovery', 40);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('wrap', 'WRAP (Wellness Recovery Action Plan)', 'WRAP (Plan de acción para la recuperación)', 50);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('faith', 'Faith-based', 'Basado en la fe', 60);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('mars', 'Medication-assisted recovery support', 'Apoyo a la recuperación asistida con medicación', 70);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('harm_reduction', 'Harm-reduction friendly', 'Abierto a la reducción de daños', 80);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('job_skills', 'Job skills', 'Habilidades laborales', 90);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('budgeting', 'Budgeting', 'Presupuesto', 100);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('stress', 'Managing stress', 'Manejo del estrés', 110);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('parenting', 'Parenting', 'Crianza', 120);
INSERT INTO peergroups.pathway (code, name_en, name_es, position) VALUES ('wellness', 'Wellness', 'Bienestar', 130);

-- A group and its schedule: every week on a weekday, or every month on the nth (1-4) or last (-1) weekday.
CREATE TABLE peergroups.peer_group (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    pathway_code  VARCHAR(32)   NOT NULL REFERENCES peergroups.pathway (code),
    kind          VARCHAR(16)   NOT NULL,
    frequency     VARCHAR(8)    NOT NULL,
    weekday       INT           NOT NULL,
    week_of_month INT,
    start_time    TIME          NOT NULL,
    end_time      TIME          NOT NULL,
    room          VARCHAR(120),
    open_group    BOOLEAN       NOT NULL DEFAULT TRUE,
    language      VARCHAR(8)    NOT NULL DEFAULT 'en',
    from_day      DATE          NOT NULL,
    archived      BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT group_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT group_frequency CHECK (frequency IN ('WEEKLY', 'MONTHLY')),
    CONSTRAINT group_week CHECK (week_of_month IS NULL OR week_of_month IN (-1, 1, 2, 3, 4))
);

-- The usual facilitators (peer staff or volunteers).
CREATE TABLE peergroups.facilitator (
    group_id      BIGINT        NOT NULL REFERENCES peergroups.peer_group (id) ON DELETE CASCADE,
    person_id     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (group_id, person_id)
);

-- One session of a group on one day (its name: the day the schedule gave it, kept when it moves).
-- anonymous: sign-ins that named the session without a name; headcount: the facilitator's count of everyone
-- in the room (NULL until taken).
CREATE TABLE peergroups.session (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id       BIGINT        NOT NULL REFERENCES peergroups.peer_group (id),
    session_day    DATE          NOT NULL,
    starts_at      TIMESTAMP     NOT NULL,
    ends_at        TIMESTAMP     NOT NULL,
    room           VARCHAR(120),
    cancelled      BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_note    VARCHAR(200),
    substitute_id  VARCHAR(64),
    started_at     TIMESTAMP,
    started_by     VARCHAR(64),
    topic          VARCHAR(200),
    anonymous      INT           NOT NULL DEFAULT 0,
    headcount      INT,
    turns          INT           NOT NULL DEFAULT 0,
    CONSTRAINT session_day UNIQUE (group_id, session_day),
    CONSTRAINT session_times CHECK (ends_at > starts_at),
    CONSTRAINT session_counts CHECK (anonymous >= 0 AND (headcount IS NULL OR (headcount >= 0 AND headcount <= 1000)))
);
CREATE INDEX session_by_day ON peergroups.session (session_day);

-- Named attendance: one row a person a session, however many ways they were recorded (SIGNIN, ROSTER).
CREATE TABLE peergroups.attendance (
    session_id     BIGINT        NOT NULL REFERENCES peergroups.session (id) ON DELETE CASCADE,
    person_id      VARCHAR(64)   NOT NULL,
    via_signin     BOOLEAN       NOT NULL DEFAULT FALSE,
    via_roster     BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX attendance_by_person ON peergroups.attendance (person_id);
