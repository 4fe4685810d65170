INSERT INTO item (id, total, qty) VALUES (1, 10, 2), (2, 10, 0), (3, 0, 0), (4, 10, NULL), (5, 6, 6);
