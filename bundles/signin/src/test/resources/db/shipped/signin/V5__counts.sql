-- The counts screen counts visits and people by day range: this index answers it without reading the table.
-- It starts with visit_day, so the index on visit_day alone is no longer needed.
CREATE INDEX visit_day_person ON visit (visit_day, person_id);
DROP INDEX visit_visit_day;

-- Each purpose carries its visit's day, so purposes are counted by day range without joining every visit.
ALTER TABLE visit_purpose ADD COLUMN visit_day DATE;
UPDATE visit_purpose SET visit_day = (SELECT v.visit_day FROM visit v WHERE v.id = visit_purpose.visit_id);
ALTER TABLE visit_purpose ALTER COLUMN visit_day NOT NULL;
CREATE INDEX visit_purpose_day ON visit_purpose (visit_day, purpose);

-- The counts of closed periods (a day, week or month that ended before today), kept because counting a year of
-- visits on every look at the report takes seconds. A closed period no longer changes, except when visits change
-- owner (a merge), lose their owner (a member deleted at their wish) or are deleted: each of those deletes every
-- row here, and the counts are made again on the next look. The period that includes today is never kept.
CREATE TABLE period_count (
    grain        VARCHAR(5) NOT NULL,
    period_start DATE       NOT NULL,
    visits       INTEGER    NOT NULL,
    people       INTEGER    NOT NULL,
    anonymous    INTEGER    NOT NULL,
    PRIMARY KEY (grain, period_start)
);

-- A kept period's visits by purpose; deleting the period deletes these.
CREATE TABLE period_purpose_count (
    grain        VARCHAR(5)  NOT NULL,
    period_start DATE        NOT NULL,
    purpose      VARCHAR(30) NOT NULL,
    visits       INTEGER     NOT NULL,
    PRIMARY KEY (grain, period_start, purpose),
    FOREIGN KEY (grain, period_start) REFERENCES period_count (grain, period_start) ON DELETE CASCADE
);

-- Nothing deletes visits today; should anything ever do so (their purposes go with them), the kept counts go too.
CREATE TRIGGER visit_deleted AFTER DELETE ON visit FOR EACH STATEMENT DELETE FROM signin.period_count;
