INSERT INTO price (id, sku, amount) VALUES (1, 'a', 1), (2, 'a', 2), (3, 'b', 1), (4, 'c', 5), (5, 'c', 5), (6, NULL, 1);
