INSERT INTO person (id, name, email) VALUES (1, 'a', 'a@x'), (2, 'b', 'b@x'), (3, 'c', NULL), (4, 'd', NULL);
