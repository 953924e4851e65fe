-- Several centers' kiosks may share one database: each visit, its purposes and each member's registration say at
-- which center (platform.center) they happened. Rows made before this are given the center of the first kiosk that
-- starts after the upgrade (the one center there was), by VisitCounts.
ALTER TABLE visit ADD COLUMN center_id VARCHAR(40);
ALTER TABLE visit_purpose ADD COLUMN center_id VARCHAR(40);
ALTER TABLE member ADD COLUMN center_id VARCHAR(40);
CREATE INDEX visit_center_day ON visit (center_id, visit_day, person_id);
CREATE INDEX visit_purpose_center_day ON visit_purpose (center_id, visit_day, purpose);
CREATE INDEX member_center_day ON member (center_id, registered_day);

-- The counts of closed periods, as in V5 but kept per scope: a center's id, or '*' for the whole network (people
-- unduplicated across centers). They replace period_count and period_purpose_count, which are no longer read.
CREATE TABLE kept_count (
    scope        VARCHAR(40) NOT NULL,
    grain        VARCHAR(5)  NOT NULL,
    period_start DATE        NOT NULL,
    visits       INTEGER     NOT NULL,
    people       INTEGER     NOT NULL,
    anonymous    INTEGER     NOT NULL,
    PRIMARY KEY (scope, grain, period_start)
);

CREATE TABLE kept_purpose_count (
    scope        VARCHAR(40) NOT NULL,
    grain        VARCHAR(5)  NOT NULL,
    period_start DATE        NOT NULL,
    purpose      VARCHAR(30) NOT NULL,
    visits       INTEGER     NOT NULL,
    PRIMARY KEY (scope, grain, period_start, purpose),
    FOREIGN KEY (scope, grain, period_start) REFERENCES kept_count (scope, grain, period_start) ON DELETE CASCADE
);
