INSERT INTO customer (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders (customer, note) VALUES (1, 'a'), (2, 'b'), (NULL, 'c'), (1, 'd');
