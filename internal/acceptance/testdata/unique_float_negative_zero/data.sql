INSERT INTO m (id, v) VALUES (1, 0.0), (2, -0.0), (3, 1.5), (4, 1.50), (5, NULL), (6, NULL), (7, 2);
