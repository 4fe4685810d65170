INSERT INTO account (name) VALUES ('a1'), ('a2'), ('a3');
INSERT INTO vendor (name) VALUES ('v1');
INSERT INTO bill (payee, code, ref, n) VALUES (1, 'c1', 'r', 5), (2, 'c2', 'r', 2147483647), (3, 'c3', NULL, -2147483648), (NULL, NULL, NULL, NULL);
