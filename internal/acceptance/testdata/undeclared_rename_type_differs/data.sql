INSERT INTO person (id, age) VALUES (1, 30), (2, NULL), (3, 41);
