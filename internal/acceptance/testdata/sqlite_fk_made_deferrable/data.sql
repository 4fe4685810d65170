INSERT INTO author (id, code, region) VALUES (1, 'a', 'eu'), (2, 'b', 'us');
INSERT INTO book (id, author_id, editor_id, code, region) VALUES (1, 1, 2, 'a', 'eu'), (2, 2, NULL, 'b', NULL), (3, NULL, 1, NULL, NULL);
