INSERT INTO p VALUES (1),(2);
SET foreign_key_checks = 0;
INSERT INTO c VALUES (1,1),(2,2),(3,9);
SET foreign_key_checks = 1;
