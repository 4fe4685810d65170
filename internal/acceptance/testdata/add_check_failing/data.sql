INSERT INTO stock (id, qty) VALUES (1, 5), (2, -1), (3, -2), (4, 0), (5, NULL);
