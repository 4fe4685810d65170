INSERT INTO stock VALUES (1, 5, 5, 'ab', 'ab'), (2, -1, 50, NULL, 'abcd'), (3, 150, 15, 'abcd', 'xy'), (4, NULL, 70, 'x', 'x');
