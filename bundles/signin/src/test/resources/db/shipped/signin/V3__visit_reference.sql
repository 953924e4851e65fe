-- The group session or event a visitor said they came for (an OfferingSource reference), if any.
ALTER TABLE visit ADD COLUMN reference VARCHAR(200);

-- "Who is in the building now" looks for today's visits that are not signed out.
CREATE INDEX visit_day_open ON visit (visit_day, signed_out_at);
