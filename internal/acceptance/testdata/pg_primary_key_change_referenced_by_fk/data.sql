INSERT INTO store (id, region) VALUES (1, 'eu'), (2, 'eu'), (3, 'us');
INSERT INTO sale (id, store_id) VALUES (1, 1), (2, 1), (3, 3), (4, NULL);
