INSERT INTO level (id, v) VALUES (1, 0), (2, 255), (3, 256), (4, -1), (5, NULL), (6, 127), (7, 128);
