INSERT INTO shirt (id, size) VALUES (1, 'small'), (2, 'large'), (3, 'small'), (4, NULL);
