INSERT INTO flag (id, v) VALUES (1, 1), (2, 0), (3, NULL), (4, 2), (5, -1);
