INSERT INTO person (id, region) VALUES (1, 'eu'), (2, 'eu'), (3, 'eu'), (4, 'us'), (5, NULL), (6, NULL);
