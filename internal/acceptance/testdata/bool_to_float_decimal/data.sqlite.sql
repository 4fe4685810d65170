-- SQLite's BOOLEAN has NUMERIC affinity: it holds any number, and keeps
-- text it cannot convert ('yes'), which the rebuild keeps as it is. By
-- the new types' portable meaning 'yes' is no number (every column) and
-- -128, 127 and -100 have too many digits for DECIMAL(2,0).
INSERT INTO flag (id, f, g, h, k) VALUES (1, 1, 1, 1, 1), (2, 0, 0, 0, 0), (3, -128, -128, -128, -128), (4, 127, 127, 127, 127), (5, 99, 99, 99, 99), (6, -100, -100, -100, -100), (7, NULL, NULL, NULL, NULL), (8, 'yes', 'yes', 'yes', 'yes');
