INSERT INTO sensor (id, v) VALUES (1, 0.5), (2, 3.14159), (3, 3.1415926), (4, 1e39), (5, NULL), (6, -250000);
