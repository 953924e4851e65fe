-- Several centers' kiosks may share one database: each group belongs to the center where it meets (platform.center),
-- and its sessions and attendance follow it by its id. Groups made before this are given the center of the first
-- kiosk that starts after the upgrade (the one center there was), by GroupBook. The pathways stay one list.
ALTER TABLE peergroups.peer_group ADD COLUMN center_id VARCHAR(40);
CREATE INDEX group_center ON peergroups.peer_group (center_id, archived);
