INSERT INTO reading (id, amount, ratio) VALUES (1, 1.0, 0.5), (2, 1.00, 0.50), (3, 1, 5e-1), (4, 2.5, 0.25), (5, 2.50, 0.125), (6, NULL, NULL), (7, 3, 0.3);
