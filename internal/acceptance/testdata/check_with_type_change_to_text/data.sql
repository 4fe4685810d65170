INSERT INTO stock (id, code) VALUES (1, 10), (2, 2), (3, 25), (4, NULL), (5, 4);
