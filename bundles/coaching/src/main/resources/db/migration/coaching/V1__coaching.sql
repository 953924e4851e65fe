-- Peer recovery coaching. Nothing clinical: no diagnosis, no substance, no test result, no clinical note.
-- People are ids from the platform. The plan belongs to the member; coaches write it with them.

-- A member's choice to work with a coach; ending it is theirs too. The member may have two coaches.
CREATE TABLE coaching.pairing (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id           VARCHAR(64)   NOT NULL,
    coach_id            VARCHAR(64)   NOT NULL,
    started_on          DATE          NOT NULL,
    ended_on            DATE,
    contact_every_days  INT           NOT NULL DEFAULT 30,
    wants_calls         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pairing_every CHECK (contact_every_days BETWEEN 7 AND 92)
);
CREATE INDEX pairing_member ON coaching.pairing (member_id);
CREATE INDEX pairing_coach ON coaching.pairing (coach_id);

-- Each version of a member's recovery-wellness plan; a review is a new version the member agreed to.
-- The primary key makes two coaches saving the same next version at once impossible: the second is told.
CREATE TABLE coaching.plan_version (
    member_id     VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL,
    strengths     VARCHAR(2000) NOT NULL,
    what_matters  VARCHAR(2000) NOT NULL,
    supports      VARCHAR(2000) NOT NULL,
    next_review   DATE          NOT NULL,
    agreed_on     DATE          NOT NULL,
    review        BOOLEAN       NOT NULL DEFAULT FALSE,
    written_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (member_id, version)
);

-- A goal in one life domain, in the member's own words, with a step and an optional date.
CREATE TABLE coaching.goal (
    member_id     VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL,
    position      INT           NOT NULL,
    life_domain   VARCHAR(24)   NOT NULL,
    words         VARCHAR(500)  NOT NULL,
    step          VARCHAR(500)  NOT NULL,
    step_by       DATE,
    resource_id   BIGINT,
    PRIMARY KEY (member_id, version, position),
    FOREIGN KEY (member_id, version) REFERENCES coaching.plan_version (member_id, version) ON DELETE CASCADE
);

-- A contact and its short strengths-based progress note.
CREATE TABLE coaching.contact (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     VARCHAR(64)   NOT NULL,
    coach_id      VARCHAR(64)   NOT NULL,
    contact_day   DATE          NOT NULL,
    how           VARCHAR(16)   NOT NULL,
    minutes       INT           NOT NULL,
    note          VARCHAR(500)  NOT NULL,
    next_step     VARCHAR(300)  NOT NULL,
    CONSTRAINT contact_minutes CHECK (minutes BETWEEN 1 AND 600)
);
CREATE INDEX contact_member ON coaching.contact (member_id, contact_day);

-- A PIN the member chose for reading their own plan at the kiosk (BCrypt), locked a while after wrong tries.
CREATE TABLE coaching.member_pin (
    member_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    pin_hash      VARCHAR(100)  NOT NULL,
    wrong_tries   INT           NOT NULL DEFAULT 0,
    locked_until  TIMESTAMP
);

-- The center's list of community resources, by kind of support.
CREATE TABLE coaching.resource (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    about         VARCHAR(300)  NOT NULL,
    reach         VARCHAR(200)  NOT NULL,
    active        BOOLEAN       NOT NULL DEFAULT TRUE
);

-- Recovery check-up calls: who called, when, and the outcome in a few words (never plan content).
CREATE TABLE coaching.checkup_call (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     VARCHAR(64)   NOT NULL,
    called_by     VARCHAR(64)   NOT NULL,
    call_day      DATE          NOT NULL,
    reached       BOOLEAN       NOT NULL,
    outcome       VARCHAR(300)  NOT NULL
);
CREATE INDEX checkup_member ON coaching.checkup_call (member_id, call_day);

-- The member's optional recovery-capital self-check: their answers (1-5 each), shown to them as their own change.
CREATE TABLE coaching.self_check (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     VARCHAR(64)   NOT NULL,
    taken_on      DATE          NOT NULL,
    answers       VARCHAR(40)   NOT NULL,
    total         INT           NOT NULL
);
CREATE INDEX self_check_member ON coaching.self_check (member_id, taken_on);
