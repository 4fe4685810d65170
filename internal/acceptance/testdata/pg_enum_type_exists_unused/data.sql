-- The enum type exists, but no column uses it yet: sync must not create
-- it again (CREATE TYPE failed with "type already exists").
INSERT INTO ticket (id, title) VALUES (1, 'a'), (2, 'b');
