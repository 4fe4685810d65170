INSERT INTO p VALUES ('a'),('b');
SET foreign_key_checks = 0;
INSERT INTO c VALUES (1,'a'),(2,'zz'),(3,NULL);
SET foreign_key_checks = 1;
