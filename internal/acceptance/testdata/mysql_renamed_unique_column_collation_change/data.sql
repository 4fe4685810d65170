INSERT INTO t0 (id, c1, c2) VALUES (1, '13:45', 7);
