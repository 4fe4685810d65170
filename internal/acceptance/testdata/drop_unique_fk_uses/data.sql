INSERT INTO t0 (id) VALUES (1), (2);
INSERT INTO t1 (id, c1, c2) VALUES (1, 1, 5), (2, NULL, 5);
