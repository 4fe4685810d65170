INSERT INTO product (price, weight, tax) VALUES (1.25, 1.5, 0.10), (2.50, 2.125, 0.20), (3.33, NULL, NULL), (4.00, 999.999, 1.00);
