INSERT INTO t0 (id, c2) VALUES (1, '{"a":1}'), (2, NULL);
