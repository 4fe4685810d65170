INSERT INTO t1 VALUES (1, 'A'), (2, 'A'), (3, 'B');
