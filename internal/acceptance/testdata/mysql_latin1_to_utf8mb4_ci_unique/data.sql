INSERT INTO word (id, w) VALUES (1, 'u'), (2, 'ü'), (3, 'U'), (4, 'strasse'), (5, 'straße'), (6, NULL), (7, 'x');
