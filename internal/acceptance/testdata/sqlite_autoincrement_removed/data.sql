-- AUTOINCREMENT handed out 1..9; rows 8 and 9 are gone. Without it the
-- next row would get 8, a number readers have seen already.
INSERT INTO event (id, name) VALUES (1, 'a'), (2, 'b'), (7, 'c'), (8, 'd'), (9, 'e');
DELETE FROM event WHERE id >= 8;
