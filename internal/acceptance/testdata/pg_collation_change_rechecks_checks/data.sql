INSERT INTO tag VALUES (1, 'A'), (2, 'b');
INSERT INTO label VALUES (1, 'A'), (2, 'b');
INSERT INTO word VALUES (1, 'b');
