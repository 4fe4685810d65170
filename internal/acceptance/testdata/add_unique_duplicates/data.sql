INSERT INTO person (id, name, email) VALUES (1, 'a', 'a@x'), (2, 'b', 'a@x'), (3, 'c', 'a@x'), (4, 'd', 'b@x'), (5, 'e', 'b@x'), (6, 'f', 'c@x'), (7, 'g', NULL), (8, 'h', NULL);
