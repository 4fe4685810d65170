INSERT INTO region (country, code) VALUES ('fr', 'idf'), ('de', 'by');
INSERT INTO shop (id, country, region_code) VALUES (1, 'fr', 'idf'), (2, 'fr', NULL), (3, 'xx', NULL), (4, NULL, 'zzz'), (5, 'fr', 'by'), (6, 'it', 'rm'), (7, NULL, NULL);
