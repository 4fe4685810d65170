INSERT INTO person (id, mail) VALUES (1, 'a@x'), (2, 'a@x'), (3, 'b@x'), (4, NULL);
