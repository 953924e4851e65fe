-- People: one stable id and a chosen name; everything else optional. Nothing clinical, ever.
CREATE TABLE person (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    chosen_name        VARCHAR(60)  NOT NULL,
    name_key           VARCHAR(60)  NOT NULL,
    last_initial       VARCHAR(4),
    preferred_language VARCHAR(8),
    key_tag            VARCHAR(64)  UNIQUE,
    registered_at      TIMESTAMP    NOT NULL
);
CREATE INDEX person_name_key ON person (name_key);

-- Staff and volunteer accounts: a role and a slow salted PIN hash.
CREATE TABLE account (
    person_id       VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    role            VARCHAR(20)  NOT NULL,
    pin_hash        VARCHAR(100) NOT NULL,
    failed_attempts INTEGER      DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP
);

-- Who read or changed which sensitive record, and when. Ids only, no personal data.
CREATE TABLE audit_entry (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at TIMESTAMP  NOT NULL,
    actor_id    VARCHAR(36) NOT NULL,
    action      VARCHAR(60) NOT NULL,
    subject     VARCHAR(64) NOT NULL
);
CREATE INDEX audit_entry_subject ON audit_entry (subject);
CREATE INDEX audit_entry_happened_at ON audit_entry (happened_at);
