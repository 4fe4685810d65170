-- Under a case-insensitive collation the whole values collide in rows 3
-- and 4, their first four characters in rows 1 and 2 and in rows 3 and 4:
-- the first key alone finds 1 row, both keys 3 (row 4 in each), and the
-- change passes once rows 2 and 4 are gone.
INSERT INTO post (id, slug) VALUES (1, 'abcd-one'), (2, 'ABCD-two'), (3, 'xy'), (4, 'XY'), (5, NULL), (6, NULL);
