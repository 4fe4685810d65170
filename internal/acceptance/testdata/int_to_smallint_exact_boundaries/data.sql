INSERT INTO qty (id, v) VALUES (1, 32767), (2, -32768), (3, 32768), (4, -32769), (5, NULL), (6, 0);
