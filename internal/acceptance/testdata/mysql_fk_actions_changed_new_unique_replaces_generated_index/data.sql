INSERT INTO t0 (id) VALUES (1), (2);
INSERT INTO t1 (id, c2) VALUES (1, 1), (2, 2), (3, NULL);
