INSERT INTO shirt (id, size, drink) VALUES (1, 'small', 'café'), (2, 'large', 'thé'), (3, NULL, NULL);
