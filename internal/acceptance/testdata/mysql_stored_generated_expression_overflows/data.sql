INSERT INTO item (id, name) VALUES (1, 'a'), (2, 'abc'), (3, NULL), (4, 'abcdef');
