INSERT INTO author (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO book (id, title, author) VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', NULL);
