-- Several centers' kiosks may share one database: each event or series belongs to the center that made it
-- (platform.center), and its dates, RSVPs and attendance follow it by its id. Events made before this are given the
-- center of the first kiosk that starts after the upgrade (the one center there was), by EventStore.
ALTER TABLE events.event ADD COLUMN center_id VARCHAR(40);
CREATE INDEX event_center_day ON events.event (center_id, start_day);
