INSERT INTO customer (id, email, name) VALUES (1, 'a@x', 'Ann'), (2, 'b@x', 'Bob');
INSERT INTO sales_order (id, customer, referrer, parent, total, status) VALUES (1, 1, 2, NULL, 10.50, 'draft'), (2, 2, NULL, 1, 3.00, 'submitted');
