INSERT INTO account (id, email) VALUES (1, 'a@x.com'), (2, 'A@x.com'), (3, 'b@x.com'), (4, 'b@x.com '), (5, 'c@x.com');
