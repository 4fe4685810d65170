INSERT INTO x VALUES (1),(2),(3);
SET foreign_key_checks = 0;
INSERT INTO a VALUES (1),(2),(3);
INSERT INTO b VALUES (1,1),(2,2),(3,9),(4,NULL),(5,8);
SET foreign_key_checks = 1;
