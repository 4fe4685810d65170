INSERT INTO product (id, weight) VALUES (1, 1.00), (2, 2.50), (3, 3.49), (4, -2.50), (5, NULL), (6, 40000.00);
