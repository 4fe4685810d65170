INSERT INTO parent_old VALUES (1, 'p');
INSERT INTO child VALUES (1, 1, 'a'), (2, 99, 'b'), (3, NULL, 'c');
