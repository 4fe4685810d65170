INSERT INTO p VALUES ('a'),('b');
SET foreign_key_checks = 0;
INSERT INTO c1 VALUES (1,'a'),(2,'zz'),(3,'yy');
INSERT INTO c2 VALUES (1,'b'),(2,'xx'),(3,NULL);
SET foreign_key_checks = 1;
