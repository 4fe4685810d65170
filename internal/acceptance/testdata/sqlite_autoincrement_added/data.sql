-- Without AUTOINCREMENT the rowid after 7 is 8 again once 8 is deleted.
INSERT INTO event (id, name) VALUES (1, 'a'), (2, 'b'), (7, 'c'), (8, 'd');
DELETE FROM event WHERE id = 8;
