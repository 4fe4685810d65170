INSERT INTO shirt (id, size) VALUES (1, 'small'), (2, 'medium'), (3, 'large'), (4, NULL), (5, 'medium');
