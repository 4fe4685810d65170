INSERT INTO person (id, code, name) VALUES (1, 'a', 'x'), (2, NULL, 'y');
