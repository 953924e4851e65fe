-- Volunteer scheduling, timeclock and stipends. Times are the center's local wall-clock times (the zone of
-- the kiosk's clock). Nothing clinical and no names: people are ids. Money is kept in whole cents.

-- The center's own list of shift roles and what each asks of the person taking it.
CREATE TABLE volunteers.shift_role (
    code            VARCHAR(32)   NOT NULL PRIMARY KEY,
    name_en         VARCHAR(80)   NOT NULL,
    name_es         VARCHAR(80),
    needs_coach     BOOLEAN       NOT NULL DEFAULT FALSE,
    min_days        INT           NOT NULL DEFAULT 0,
    needs_oversight BOOLEAN       NOT NULL DEFAULT FALSE,
    position        INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT shift_role_days CHECK (min_days >= 0 AND min_days <= 3650)
);

INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days, needs_oversight, position)
    VALUES ('front_desk', 'Front desk', 'Recepción', FALSE, 0, FALSE, 10);
INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days, needs_oversight, position)
    VALUES ('kitchen', 'Kitchen', 'Cocina', FALSE, 0, FALSE, 20);
INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days, needs_oversight, position)
    VALUES ('group_facilitator', 'Group facilitator', 'Facilitador de grupo', TRUE, 90, FALSE, 30);
INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days, needs_oversight, position)
    VALUES ('outreach_calls', 'Outreach and check-up calls', 'Llamadas de acompañamiento', FALSE, 30, TRUE, 40);
INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days, needs_oversight, position)
    VALUES ('event_help', 'Event help', 'Ayuda en eventos', FALSE, 0, FALSE, 50);

-- A weekly shift: day of the week (1 Monday to 7 Sunday), start and end (an end at or before the start ends
-- the next day), and how many people it needs, wants and takes at most.
CREATE TABLE volunteers.shift_template (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_code     VARCHAR(32)   NOT NULL REFERENCES volunteers.shift_role (code),
    place         VARCHAR(120),
    weekday       INT           NOT NULL,
    start_time    TIME          NOT NULL,
    end_time      TIME          NOT NULL,
    min_people    INT           NOT NULL,
    wanted_people INT           NOT NULL,
    max_people    INT           NOT NULL,
    from_day      DATE          NOT NULL,
    until_day     DATE,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT template_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT template_people CHECK (min_people >= 0 AND wanted_people >= min_people
        AND max_people >= wanted_people AND max_people >= 1 AND max_people <= 100)
);

-- A day the center is closed: no template shift is made for it.
CREATE TABLE volunteers.closed_day (
    closed_on     DATE          NOT NULL PRIMARY KEY,
    note          VARCHAR(120)
);

-- One shift on one day, made from a template (template_id) or one-off (NULL). A template's shift changed
-- for one date keeps its template_id and day, so the series is never made again over it. turns is
-- row-locked by every change of the shift's people, so two kiosks never give away the last place twice.
CREATE TABLE volunteers.shift (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id   BIGINT,
    shift_day     DATE          NOT NULL,
    role_code     VARCHAR(32)   NOT NULL REFERENCES volunteers.shift_role (code),
    place         VARCHAR(120),
    starts_at     TIMESTAMP     NOT NULL,
    ends_at       TIMESTAMP     NOT NULL,
    min_people    INT           NOT NULL,
    wanted_people INT           NOT NULL,
    max_people    INT           NOT NULL,
    cancelled     BOOLEAN       NOT NULL DEFAULT FALSE,
    turns         INT           NOT NULL DEFAULT 0,
    CONSTRAINT shift_series UNIQUE (template_id, shift_day),
    CONSTRAINT shift_times CHECK (ends_at > starts_at),
    CONSTRAINT shift_people CHECK (min_people >= 0 AND wanted_people >= min_people
        AND max_people >= wanted_people AND max_people >= 1 AND max_people <= 100)
);
CREATE INDEX shift_by_start ON volunteers.shift (starts_at);

-- Who holds a place on a shift; swap_offered when they offered it to a colleague.
CREATE TABLE volunteers.assignment (
    shift_id      BIGINT        NOT NULL REFERENCES volunteers.shift (id) ON DELETE CASCADE,
    person_id     VARCHAR(64)   NOT NULL,
    taken_at      TIMESTAMP     NOT NULL,
    swap_offered  BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (shift_id, person_id)
);
CREATE INDEX assignment_by_person ON volunteers.assignment (person_id);

-- What changed on the schedule, for the coordinator: PICKED, DROPPED, SWAP_OFFERED, SWAPPED, REMOVED.
CREATE TABLE volunteers.schedule_change (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shift_id      BIGINT        NOT NULL REFERENCES volunteers.shift (id) ON DELETE CASCADE,
    person_id     VARCHAR(64),
    other_id      VARCHAR(64),
    change_kind   VARCHAR(16)   NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    changed_by    VARCHAR(64)
);
CREATE INDEX schedule_change_by_time ON volunteers.schedule_change (changed_at);

-- Check-in and check-out. person_id is NULL once the person's record was deleted at their wish (the hours
-- stay counted). minutes are the rounded minutes once checked out; auto_closed when the kiosk closed a
-- forgotten check-out at the shift's end.
CREATE TABLE volunteers.time_entry (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shift_id      BIGINT        REFERENCES volunteers.shift (id) ON DELETE SET NULL,
    person_id     VARCHAR(64),
    role_code     VARCHAR(32)   NOT NULL,
    checked_in    TIMESTAMP     NOT NULL,
    checked_out   TIMESTAMP,
    minutes       INT,
    auto_closed   BOOLEAN       NOT NULL DEFAULT FALSE,
    approved_at   TIMESTAMP,
    approved_by   VARCHAR(64),
    CONSTRAINT time_entry_order CHECK (checked_out IS NULL OR checked_out >= checked_in),
    CONSTRAINT time_entry_minutes CHECK (minutes IS NULL OR (minutes >= 0 AND minutes <= 1440))
);
CREATE INDEX time_entry_by_person ON volunteers.time_entry (person_id, checked_in);

-- Every correction of a time entry, with its reason and who made it; the entry holds the latest.
CREATE TABLE volunteers.time_correction (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id      BIGINT        NOT NULL REFERENCES volunteers.time_entry (id) ON DELETE CASCADE,
    corrected_at  TIMESTAMP     NOT NULL,
    corrected_by  VARCHAR(64),
    old_in        TIMESTAMP     NOT NULL,
    old_out       TIMESTAMP,
    new_in        TIMESTAMP     NOT NULL,
    new_out       TIMESTAMP     NOT NULL,
    reason        VARCHAR(300)  NOT NULL
);

-- The stipend ledger: append-only, nothing edited in place; a correction is a new entry. Kinds: ACCRUAL
-- (from approved hours), ADJUSTMENT (with reason), APPROVAL (for payment), PAYMENT (with method).
CREATE TABLE volunteers.stipend_entry (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     VARCHAR(64),
    entry_kind    VARCHAR(12)   NOT NULL,
    amount_cents  BIGINT        NOT NULL,
    entry_day     DATE          NOT NULL,
    time_entry_id BIGINT,
    method        VARCHAR(12),
    reason        VARCHAR(300),
    recorded_by   VARCHAR(64),
    recorded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT stipend_amount CHECK (amount_cents BETWEEN -100000000 AND 100000000)
);
CREATE INDEX stipend_by_person ON volunteers.stipend_entry (person_id, entry_day);

-- A volunteer's private, revocable link to their own shifts as an iCalendar feed.
CREATE TABLE volunteers.calendar_link (
    person_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    token         VARCHAR(64)   NOT NULL UNIQUE,
    created_at    TIMESTAMP     NOT NULL
);
