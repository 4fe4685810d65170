INSERT INTO author (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO book (title, author, editor, status) VALUES ('x', 1, 2, 'draft'), ('y', 2, NULL, 'done'), ('z', NULL, NULL, NULL);
