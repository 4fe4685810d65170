INSERT INTO p (id) VALUES (1), (2);
INSERT INTO c (id, tag, pid) VALUES (1, 'a', 1), (2, 'b', 1), (3, NULL, 2);
