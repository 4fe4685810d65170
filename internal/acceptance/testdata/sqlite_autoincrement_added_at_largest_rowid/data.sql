-- The largest rowid is taken: without AUTOINCREMENT SQLite picks an
-- unused number for a new row; with it every insert fails.
INSERT INTO event (id, name) VALUES (1, 'a'), (9223372036854775807, 'z');
