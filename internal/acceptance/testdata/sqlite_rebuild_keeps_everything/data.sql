INSERT INTO item (name) VALUES ('a'), ('b'), ('c'), ('d');
DELETE FROM item WHERE id = 4;
INSERT INTO parent VALUES (1, 'zzz');
INSERT INTO tag (rowid, label) VALUES (2, 'b'), (3, 'c'), (7, 'g');
