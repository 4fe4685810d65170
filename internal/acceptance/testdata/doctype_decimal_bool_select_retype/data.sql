INSERT INTO owner (name) VALUES ('o1'), ('o2');
INSERT INTO pet (owner_id, a, b, c, d, e) VALUES (1, 123.45, 123.45, 999.99, 0, 'yes'), (2, -99.5, 1.5, -999.99, 1, 'maybe'), (NULL, NULL, NULL, NULL, 2, NULL);
