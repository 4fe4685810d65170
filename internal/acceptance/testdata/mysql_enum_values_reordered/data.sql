INSERT INTO shirt (id, size) VALUES (1, 's'), (2, 'm'), (3, 'l'), (4, NULL);
