-- A registration claims its group of close names for a few seconds instead of keeping the row locked for the length
-- of its transaction: a locked row needs an open connection, and registering borrows the platform's connections too,
-- so eight registrations at once could hold every pooled connection while waiting for one more. A claim that is not
-- given back (the kiosk stopped in the middle) simply runs out at claimed_until (milliseconds since 1970).
ALTER TABLE name_lock ADD COLUMN claimed_by VARCHAR(36);
ALTER TABLE name_lock ADD COLUMN claimed_until BIGINT;
