INSERT INTO m (id, v) VALUES (1, 999.99), (2, 0), (3, NULL);
