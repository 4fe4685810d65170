INSERT INTO stock (sku, qty, shelf, sold) VALUES ('a', 1, 2, 3), ('b', 0, NULL, 4000000000);
