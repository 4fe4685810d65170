INSERT INTO customer (id, name) VALUES (1, 'Ann'), (2, 'Bob');
