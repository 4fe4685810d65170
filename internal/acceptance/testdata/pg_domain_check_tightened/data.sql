INSERT INTO stock VALUES (1, 0, 'ab'), (2, 5, 'abcdef'), (3, 150, NULL), (4, NULL, 'x');
INSERT INTO reserve VALUES (1, 50), (2, 7);
