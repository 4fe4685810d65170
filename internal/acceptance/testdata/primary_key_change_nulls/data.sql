INSERT INTO price (sku, region) VALUES ('a', 'eu'), ('b', NULL), ('c', NULL), ('d', 'us');
