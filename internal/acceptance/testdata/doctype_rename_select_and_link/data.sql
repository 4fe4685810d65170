INSERT INTO owner (id, name) VALUES (1, 'Ann');
INSERT INTO pet (species, keeper, nick) VALUES ('cat', 1, 'Tom'), ('dog', NULL, 'Rex'), (NULL, 1, NULL);
