INSERT INTO price (id, amount, ratio) VALUES (1, 10.50, 0.5), (2, -0.01, -2.5), (3, 0, 0), (4, NULL, NULL), (5, -9999.99, 1e10);
