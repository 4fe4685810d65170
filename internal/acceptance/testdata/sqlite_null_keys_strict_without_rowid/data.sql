INSERT INTO b VALUES (NULL, 'y'), ('x', 'z'), (NULL, 'w');
INSERT INTO c VALUES (NULL, 'y'), (1, 'z');
INSERT INTO d VALUES ('x', 'y'), ('y', NULL);
INSERT INTO s VALUES (1, NULL), (2, 'x');
INSERT INTO w VALUES (1, NULL), (2, 'x');
