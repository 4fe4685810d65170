-- qty is added NOT NULL without a default to a table with rows: it is
-- kept back. twice is computed from it, so it waits too: added alone it
-- would name a column that does not exist.
INSERT INTO line (id, note) VALUES (1, 'a'), (2, 'b');
