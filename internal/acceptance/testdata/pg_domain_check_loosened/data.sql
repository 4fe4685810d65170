INSERT INTO stock VALUES (1, 0), (2, 5);
