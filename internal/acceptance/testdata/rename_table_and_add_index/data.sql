INSERT INTO customer (id, email) VALUES (1, 'a@x'), (2, 'b@x');
