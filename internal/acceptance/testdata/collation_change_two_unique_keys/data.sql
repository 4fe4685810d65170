-- Under a case-insensitive collation (a, name) collides in rows 3 and 4
-- and in rows 7 and 8; (b, name) in rows 1 and 2, 5 and 6, and 7 and 8.
-- Each key alone is blocked by 2 or 3 rows; together they need 4 rows
-- gone (2, 4, 6, 8), and the probe counts 5 (row 8 in both keys): never
-- fewer than the rows that block the change. (name, id) never collides.
INSERT INTO tag (id, a, b, name) VALUES
  (1, 1, 1, 'x'), (2, 2, 1, 'X'),
  (3, 3, 2, 'y'), (4, 3, 3, 'Y'),
  (5, 5, 5, 'z'), (6, 6, 5, 'Z'), (7, 7, 5, 'zZ'), (8, 7, 5, 'Zz'),
  (9, 9, 9, NULL), (10, 9, 9, NULL);
INSERT INTO label (id, a, b, name) VALUES (1, 1, 1, 'x'), (2, 2, 1, 'X'), (3, 3, 3, 'y');
