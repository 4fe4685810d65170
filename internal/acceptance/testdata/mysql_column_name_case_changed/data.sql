INSERT INTO person (id, FullName, Age) VALUES (1, 'Ann', 30), (2, NULL, NULL);
