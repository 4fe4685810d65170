INSERT INTO product (id, price) VALUES (1, 1.5), (2, 2.125), (3, 3.001), (4, 4.1), (5, NULL);
