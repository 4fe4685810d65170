INSERT INTO price (sku, region, amount) VALUES ('a', 'eu', 1), ('b', 'eu', 2), ('c', 'us', 3);
