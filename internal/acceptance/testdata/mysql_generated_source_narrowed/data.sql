INSERT INTO line (id, qty, price) VALUES (1, 2, 1.25), (2, 3, 10.00), (3, NULL, 5.00), (4, 1, 0.99);
