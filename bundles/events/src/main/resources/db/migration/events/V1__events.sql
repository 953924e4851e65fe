-- The event calendar. Times are the center's local wall-clock times (the zone of the kiosk's clock), so a
-- weekly event stays at 7 pm across daylight-saving changes. Nothing clinical, and no names: people are ids.

CREATE TABLE events.event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title        VARCHAR(120)  NOT NULL,
    description  VARCHAR(2000),
    place        VARCHAR(120),
    kind         VARCHAR(16)   NOT NULL,
    tags         VARCHAR(300)  NOT NULL DEFAULT '',
    child_care   BOOLEAN       NOT NULL DEFAULT FALSE,
    transport    BOOLEAN       NOT NULL DEFAULT FALSE,
    capacity     INT,
    organiser_id VARCHAR(64),
    start_day    DATE          NOT NULL,
    start_time   TIME          NOT NULL,
    end_day      DATE          NOT NULL,
    end_time     TIME          NOT NULL,
    rrule        VARCHAR(200),
    cancelled    BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_note  VARCHAR(300),
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    CONSTRAINT event_capacity CHECK (capacity IS NULL OR capacity > 0)
);

-- One occurrence of a series that differs: skipped (an exception), cancelled with a notice, or changed.
-- occurs_on is the date the series gave it, which stays its name even when it moves.
CREATE TABLE events.occurrence_change (
    event_id     BIGINT        NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    occurs_on    DATE          NOT NULL,
    skipped      BOOLEAN       NOT NULL DEFAULT FALSE,
    cancelled    BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_note  VARCHAR(300),
    title        VARCHAR(120),
    description  VARCHAR(2000),
    place        VARCHAR(120),
    start_day    DATE,
    start_time   TIME,
    end_day      DATE,
    end_time     TIME,
    PRIMARY KEY (event_id, occurs_on)
);

-- Taken (row-locked) by every change of one occurrence's RSVPs, so two kiosks never give away one seat twice.
CREATE TABLE events.seat_lock (
    event_id     BIGINT        NOT NULL,
    occurs_on    DATE          NOT NULL,
    turns        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, occurs_on)
);

-- A member's RSVP (person_id) or a count of guests (person_id NULL); seats is the size of the party.
CREATE TABLE events.rsvp (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     BIGINT        NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    occurs_on    DATE          NOT NULL,
    person_id    VARCHAR(64),
    seats        INT           NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT rsvp_seats CHECK (seats > 0),
    CONSTRAINT rsvp_status CHECK (status IN ('CONFIRMED', 'WAITLIST', 'CANCELLED'))
);
-- Index names are not schema-qualified: each index lives with its table, and PostgreSQL accepts no other form.
CREATE INDEX rsvp_occurrence ON events.rsvp (event_id, occurs_on, status);
CREATE INDEX rsvp_person ON events.rsvp (person_id);

-- Who came: a member (person_id) or one anonymous person, from a sign-in naming the event or a staff roster.
CREATE TABLE events.attendance (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     BIGINT        NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    occurs_on    DATE          NOT NULL,
    person_id    VARCHAR(64),
    source       VARCHAR(8)    NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT attendance_source CHECK (source IN ('SIGNIN', 'ROSTER'))
);
CREATE INDEX attendance_occurrence ON events.attendance (event_id, occurs_on);
CREATE INDEX attendance_person ON events.attendance (person_id);

-- A staff headcount of everyone in the room, named or not.
CREATE TABLE events.headcount (
    event_id     BIGINT        NOT NULL REFERENCES events.event (id) ON DELETE CASCADE,
    occurs_on    DATE          NOT NULL,
    people       INT           NOT NULL,
    recorded_by  VARCHAR(64),
    recorded_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (event_id, occurs_on),
    CONSTRAINT headcount_people CHECK (people >= 0)
);
