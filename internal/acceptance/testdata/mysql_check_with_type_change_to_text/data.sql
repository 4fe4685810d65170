INSERT INTO stock (id, code) VALUES (1, 10), (2, 25), (3, 4), (4, NULL);
