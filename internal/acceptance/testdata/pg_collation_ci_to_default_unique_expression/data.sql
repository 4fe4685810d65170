INSERT INTO tag VALUES (1, 'a'), (2, 'A'), (3, 'b');
INSERT INTO word VALUES (1, 'a'), (2, 'A'), (3, 'b');
INSERT INTO note VALUES (1, 'a'), (2, 'A'), (3, 'b');
