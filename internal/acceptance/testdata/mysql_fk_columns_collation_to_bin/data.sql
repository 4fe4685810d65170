INSERT INTO country (code) VALUES ('fr'), ('ch');
INSERT INTO city (id, country) VALUES (1, 'fr'), (2, 'FR'), (3, 'ch '), (4, NULL), (5, 'CH');
