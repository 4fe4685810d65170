INSERT INTO t VALUES (1, 'abc'), (2, 'ab '), (3, NULL), (4, '');
