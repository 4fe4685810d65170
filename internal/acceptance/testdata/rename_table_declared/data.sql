INSERT INTO customer (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cy');
INSERT INTO purchase (id, customer_id) VALUES (1, 1), (2, 3);
