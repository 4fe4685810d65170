INSERT INTO shirt (id, size, drink) VALUES (1, 'small', 'café'), (2, 'SMALL', 'CAFÉ'), (3, 'small ', 'thé'), (4, 'large', NULL), (5, NULL, 'cafe'), (6, 'Large', 'thé');
