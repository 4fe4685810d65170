INSERT INTO t0 (id, c1) VALUES (1, 'abc'), (2, NULL);
