INSERT INTO flag (id, on_off) VALUES (1, 0), (2, 1), (3, -1), (4, 2), (5, NULL), (6, -128);
