INSERT INTO stock (id, qty) VALUES (1, 10), (2, 2), (3, 2.5), (4, NULL), (5, 3.4);
