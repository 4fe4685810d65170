INSERT INTO t VALUES (1, 'x', 'E', 'r ', 'U');
