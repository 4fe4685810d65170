INSERT INTO stock VALUES (1, 0, 'ab'), (2, 5, 'abcdefgh'), (3, 999, 'x');
INSERT INTO reserve VALUES (1, 50), (2, NULL);
