-- The new column stores its default 1 as the text '1' (TEXT affinity);
-- the parent column has no type, so no affinity turns '1' back into the
-- integer 1 it holds: every item is an orphan.
INSERT INTO kind (k) VALUES (1);
INSERT INTO item (id, name) VALUES (1, 'a'), (2, 'b');
