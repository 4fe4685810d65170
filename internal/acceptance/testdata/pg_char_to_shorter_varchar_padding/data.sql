INSERT INTO code (id, tag) VALUES (1, 'ab'), (2, 'abc'), (3, 'abcd'), (4, NULL), (5, '  x');
