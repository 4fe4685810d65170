INSERT INTO member (id, email) VALUES (1, 'a@x'), (2, 'a@x'), (3, 'a@x'), (4, 'b@x'), (5, NULL), (6, NULL);
