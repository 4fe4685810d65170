INSERT INTO price (sku, region) VALUES ('a', 'eu'), ('a', 'us'), ('a', 'uk'), ('b', 'eu'), ('c', 'eu'), ('c', 'us');
