INSERT INTO account (id, name, legacy) VALUES (1, 'a', 'x'), (2, 'b', NULL), (3, 'c', 'y');
