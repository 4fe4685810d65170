INSERT INTO region (country, code) VALUES ('fr', 'idf'), ('de', 'by');
INSERT INTO shop (id, country, region_code) VALUES (1, 'fr', 'idf'), (2, 'fr', NULL), (3, NULL, 'by'), (4, NULL, NULL), (5, 'de', 'by');
