INSERT INTO p VALUES ('a'), ('b');
SET foreign_key_checks = 0;
INSERT INTO c VALUES (1, 'A', 'a'), (2, 'zz', 'b'), (3, 'b', 'b');
SET foreign_key_checks = 1;
