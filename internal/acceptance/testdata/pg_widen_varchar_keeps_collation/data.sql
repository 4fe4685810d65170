INSERT INTO t3 (id, c1) VALUES (1, 'a'), (2, 'A ');
