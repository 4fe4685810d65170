-- Every shop gets region_code 'hq' and level 1 (the default '01' stored
-- as an INTEGER); the parents compare under their TEXT affinity and
-- BINARY collation; a NULL in the key is not checked.
INSERT INTO region (country, code) VALUES ('fr', 'hq'), ('de', 'hq'), ('it', 'rm'), ('1', 'hq');
INSERT INTO grid (zone, level) VALUES ('1', '1'), ('2', '01');
INSERT INTO shop (id, country, zone) VALUES (1, 'fr', 1), (2, 'de', '01'), (3, 'it', 2), (4, NULL, NULL), (5, 'FR', 3), (6, 1, 1), (7, 'es', 1);
