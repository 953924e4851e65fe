-- Several centers' kiosks may share one database: each template, shift, closed day, check-in and stipend entry
-- says at which center (platform.center) it belongs. Assignments, schedule changes and corrections follow their
-- shift or entry. A time entry keeps its own center because its shift may be removed (shift_id set NULL) and hours
-- are counted by center; a stipend entry because adjustments, approvals and payments have no shift. Rows made before
-- this are given the center of the first kiosk that starts after the upgrade, by ShiftPlan.
--
-- Shift roles are the exception: a role with no center is the network's, offered at every center (the roles from
-- before stay so, as the seeded ones are every center's); a role a center adds is its own. The code stays the key
-- across the network (shifts, templates and each host's stipend rules name it).
ALTER TABLE volunteers.shift_role ADD COLUMN center_id VARCHAR(40);
ALTER TABLE volunteers.shift_template ADD COLUMN center_id VARCHAR(40);
ALTER TABLE volunteers.shift ADD COLUMN center_id VARCHAR(40);
ALTER TABLE volunteers.time_entry ADD COLUMN center_id VARCHAR(40);
ALTER TABLE volunteers.stipend_entry ADD COLUMN center_id VARCHAR(40);
CREATE INDEX template_center ON volunteers.shift_template (center_id, weekday);
CREATE INDEX shift_center_day ON volunteers.shift (center_id, shift_day);
CREATE INDEX shift_center_start ON volunteers.shift (center_id, starts_at);
CREATE INDEX time_entry_center ON volunteers.time_entry (center_id, checked_in);
CREATE INDEX stipend_center_day ON volunteers.stipend_entry (center_id, entry_day);

-- closed_day was keyed by the day alone, and two centers may close on the same day: its rows move here, where a
-- day is closed once per center, and it goes.
CREATE TABLE volunteers.center_closed_day (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    center_id     VARCHAR(40),
    closed_on     DATE          NOT NULL,
    note          VARCHAR(120),
    CONSTRAINT closed_once UNIQUE (center_id, closed_on)
);
INSERT INTO volunteers.center_closed_day (closed_on, note) SELECT closed_on, note FROM volunteers.closed_day;
DROP TABLE volunteers.closed_day;
