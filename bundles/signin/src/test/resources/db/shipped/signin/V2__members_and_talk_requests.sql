-- What sign-in keeps about a member beyond the platform's person record, all of it by their own choice:
-- how known they want to be, how they heard of the center, and a contact detail only if they asked to be
-- contacted. Keyed by the platform's person id. Nothing clinical, ever.
CREATE TABLE member (
    person_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    tier           VARCHAR(20)  NOT NULL,
    how_heard      VARCHAR(30),
    contact        VARCHAR(480),
    registered_at  TIMESTAMP    NOT NULL,
    registered_day DATE         NOT NULL
);
CREATE INDEX member_registered_day ON member (registered_day);

-- One row per group of close names (a hash of the first letters, never the name itself). Registering a
-- member locks its row for the length of the registration, so two kiosks registering the same name at the
-- same moment take turns: the second one sees the first one's member and asks "Have you been here before?".
CREATE TABLE name_lock (
    lock_key      VARCHAR(64) NOT NULL PRIMARY KEY,
    registrations INTEGER     DEFAULT 0 NOT NULL
);

-- "I'd like to talk to someone": when, and the visitor's name only if they chose to give it. The name is
-- cleared once a staff member has answered.
CREATE TABLE talk_request (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asked_at     TIMESTAMP   NOT NULL,
    visitor_name VARCHAR(240),
    answered_at  TIMESTAMP,
    answered_by  VARCHAR(36)
);
CREATE INDEX talk_request_answered_at ON talk_request (answered_at);
