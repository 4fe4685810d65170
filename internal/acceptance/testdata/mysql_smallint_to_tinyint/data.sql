INSERT INTO level (id, n, u) VALUES (1, 127, 255), (2, 128, 256), (3, -128, 0), (4, -129, -1), (5, NULL, NULL), (6, 0, 100);
