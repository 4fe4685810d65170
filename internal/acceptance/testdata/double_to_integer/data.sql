INSERT INTO metric (id, v) VALUES (1, 1.0), (2, 2.5), (3, -3.7), (4, 3000000000), (5, NULL), (6, -0.0);
