INSERT INTO p VALUES (1),(2);
SET foreign_key_checks = 0;
INSERT INTO c VALUES (1,1,1),(2,9,2),(3,8,7),(4,NULL,6),(5,2,NULL);
SET foreign_key_checks = 1;
INSERT INTO p2 VALUES ('a', 'x'), ('b', 'y');
SET foreign_key_checks = 0;
INSERT INTO c2 VALUES (1, 'a'), (2, 'b'), (3, 'x');
SET foreign_key_checks = 1;
