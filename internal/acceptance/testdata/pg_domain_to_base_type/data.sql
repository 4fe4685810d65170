INSERT INTO stock (id, n) VALUES (1, 0), (2, 2147483647), (3, NULL);
