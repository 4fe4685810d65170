INSERT INTO person (id, nick) VALUES (1, ''), (2, ' '), (3, NULL), (4, 'x');
