INSERT INTO customer (id) VALUES (1), (2);
INSERT INTO orders (customer) VALUES (1), (0), (NULL), (2), (-1), (0);
