INSERT INTO flag (id, v) VALUES (1, 0), (2, 1), (3, 5), (4, NULL), (5, -1), (6, 300), (7, -129);
