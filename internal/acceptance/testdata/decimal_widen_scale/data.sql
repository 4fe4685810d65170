INSERT INTO price (id, amount) VALUES (1, 1.50), (2, 99999999.99), (3, -0.01), (4, NULL);
