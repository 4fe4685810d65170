INSERT INTO t VALUES (1, 'Bob'), (2, 'bob'), (3, 'Al');
