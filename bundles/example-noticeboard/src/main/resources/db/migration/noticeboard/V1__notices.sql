-- The community notice board. Runs in the bundle's own schema, noticeboard, and names its table with it, as the
-- queries do. Plain SQL that Derby and PostgreSQL both accept. Nothing about a person: a notice is the center's.
CREATE TABLE noticeboard.notice (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title      VARCHAR(80)  NOT NULL,
    words      VARCHAR(500) NOT NULL,
    kind       VARCHAR(16),
    shown_until DATE        NOT NULL,
    posted_on  DATE         NOT NULL
);
CREATE INDEX notice_until ON noticeboard.notice (shown_until);
