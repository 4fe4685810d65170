INSERT INTO stat (id, a, b) VALUES (1, 4, 2), (2, 1, 0), (3, NULL, 0);
