INSERT INTO reading (id, n) VALUES (1, 1), (2, 40000), (3, -40000), (4, 32767), (5, -32768), (6, NULL);
