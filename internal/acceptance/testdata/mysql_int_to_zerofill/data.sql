INSERT INTO invoice (id, num) VALUES (1, 42), (2, -5), (3, 0), (4, NULL), (5, 2147483647);
