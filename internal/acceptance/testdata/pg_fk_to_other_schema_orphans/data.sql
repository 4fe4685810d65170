INSERT INTO billing.customer (id) VALUES (1), (2);
INSERT INTO customer (id) VALUES (1), (2), (3), (4);
INSERT INTO orders (id, customer_id) VALUES (1, 1), (2, 3), (3, 4), (4, NULL), (5, 2);
