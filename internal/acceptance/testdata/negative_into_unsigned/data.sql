INSERT INTO stock (id, qty) VALUES (1, -1), (2, 0), (3, 5), (4, NULL), (5, 2147483647);
