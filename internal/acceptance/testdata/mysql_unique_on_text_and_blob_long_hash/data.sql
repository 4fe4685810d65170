INSERT INTO doc (id, t, b) VALUES (1, 'a', 'a'), (2, 'a ', 'a '), (3, 'A', 'A'), (4, 'é', 'x'), (5, 'e', 'x '), (6, NULL, NULL), (7, NULL, NULL);
