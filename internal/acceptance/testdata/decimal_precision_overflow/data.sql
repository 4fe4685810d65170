INSERT INTO invoice (id, amount) VALUES (1, 123456.78), (2, 99.5), (3, 1000), (4, 999.99), (5, -1000.5), (6, NULL);
