INSERT INTO stock (id, c) VALUES (1, 'a');
INSERT INTO stock VALUES (2, 5, 5, 'b', 'x');
