INSERT INTO country (code, name) VALUES ('fr', 'France'), ('ch', 'Suisse');
INSERT INTO city (id, country, name) VALUES (1, 'fr', 'Paris'), (2, 'ch', 'Zürich'), (3, NULL, 'Atlantis');
