INSERT INTO shirt (id, size) VALUES (1, 'Small'), (2, 'Large'), (3, NULL);
