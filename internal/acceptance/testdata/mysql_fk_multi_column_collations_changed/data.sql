INSERT INTO region (country, code) VALUES ('fr', 'idf'), ('fr', 'paca'), ('ch', 'vd');
-- 1 matches exactly; 2 differs in case in the region only, 3 in the
-- country only, 4 in both; 5 has a NULL part (never checked).
INSERT INTO shop (id, country, region) VALUES (1, 'fr', 'idf'), (2, 'fr', 'IDF'), (3, 'CH', 'vd'), (4, 'FR', 'PACA'), (5, NULL, 'IDF');
