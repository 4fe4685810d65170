INSERT INTO folder (id, name, parent) VALUES (1, 'root', NULL), (2, 'sub', 1);
INSERT INTO doc (folder, title) VALUES (1, 'a'), (2, 'b'), (NULL, 'c');
