INSERT INTO country (code) VALUES ('fr'), ('ch'), ('日本'), ('dé');
INSERT INTO city (id, country) VALUES (1, 'fr'), (2, 'FR'), (3, '日本'), (4, NULL), (5, 'dé'), (6, 'ch');
