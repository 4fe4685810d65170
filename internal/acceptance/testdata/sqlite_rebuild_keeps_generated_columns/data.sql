INSERT INTO t (id, n, a) VALUES (1, 'x', 3);
