INSERT INTO p VALUES ('a'),('b'),('this-is-too-long');
SET foreign_key_checks = 0;
INSERT INTO c VALUES (1,'a'),(2,'zz'),(3,NULL);
INSERT INTO d VALUES (1,'b'),(2,'yy'),(3,'xx');
SET foreign_key_checks = 1;
