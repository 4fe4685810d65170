INSERT INTO account (id, email) VALUES (1, 'a@x'), (2, 'A@x'), (3, 'b@x'), (4, NULL);
