-- Several centers' kiosks may share one database. A pairing says at which center (platform.center) the coaching
-- happens; a contact and a plan version say where they were made, so each center counts its own. The member's plan,
-- notes, PIN and self-checks stay one record across the network (they are the member's, not a center's), and the
-- list of community resources is the network's (goals of a plan link to them wherever it is read). Rows made before
-- this are given the center of the first kiosk that starts after the upgrade, by Pairings.
ALTER TABLE coaching.pairing ADD COLUMN center_id VARCHAR(40);
ALTER TABLE coaching.contact ADD COLUMN center_id VARCHAR(40);
ALTER TABLE coaching.plan_version ADD COLUMN center_id VARCHAR(40);
CREATE INDEX pairing_center_coach ON coaching.pairing (center_id, coach_id, ended_on);
CREATE INDEX pairing_center_calls ON coaching.pairing (center_id, wants_calls, ended_on);
CREATE INDEX contact_center_day ON coaching.contact (center_id, contact_day);
CREATE INDEX plan_center_agreed ON coaching.plan_version (center_id, agreed_on);
