INSERT INTO attr VALUES (1, 'red'), (2, x'01ff'), (3, 12);
INSERT INTO attr_ok VALUES (1, 'red'), (2, 12), (3, 1.5);
INSERT INTO setting VALUES (1, '007'), (2, '1e3'), (3, 'abc'), (4, 2.0), (5, 2.5);
INSERT INTO setting_ok VALUES (1, 'abc'), (2, 7), (3, 2.5), (4, x'00'), (5, NULL);
