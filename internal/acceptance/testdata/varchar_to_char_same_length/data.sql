INSERT INTO code (id, tag) VALUES (1, 'abcde'), (2, 'ab   '), (3, 'ab'), (4, NULL), (5, '  x');
