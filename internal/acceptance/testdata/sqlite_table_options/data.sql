-- a holds text in an INTEGER column, which STRICT refuses; c does not.
INSERT INTO a VALUES (1, 5), (2, 'abc'), (3, '7');
INSERT INTO b VALUES ('x', 'y');
INSERT INTO c VALUES (1, 5), (2, '7');
