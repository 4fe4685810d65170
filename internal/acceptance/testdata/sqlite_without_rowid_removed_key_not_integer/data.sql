INSERT INTO w VALUES (1, 'a'), ('abc', 'b'), (2.5, 'c');
INSERT INTO s VALUES (1, 'a'), (2, 'b');
