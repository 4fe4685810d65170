INSERT INTO stock (id, qty) VALUES (1, 0), (2, 0), (3, 5), (4, NULL), (5, 100), (6, 101);
