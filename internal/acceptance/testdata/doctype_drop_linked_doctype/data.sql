INSERT INTO author (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cy');
INSERT INTO book (title, author) VALUES ('a', 1), ('b', 2), ('c', NULL), ('d', 2);
