-- A picture a member may choose, shown beside their masked name so that similar names can be told apart.
ALTER TABLE person ADD COLUMN sign_in_picture VARCHAR(20);
