INSERT INTO person (id, fullname) VALUES (1, 'Ann Lee'), (2, NULL);
