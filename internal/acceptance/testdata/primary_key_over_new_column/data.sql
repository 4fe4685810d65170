INSERT INTO price (sku, amount) VALUES ('a', 1), ('b', 2);
