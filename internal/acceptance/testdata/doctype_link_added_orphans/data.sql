INSERT INTO customer (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders (id, customer, total) VALUES (1, 1, 10), (2, 2, 20), (3, 99, 30), (4, 98, 40), (5, 99, 50), (6, NULL, 60);
