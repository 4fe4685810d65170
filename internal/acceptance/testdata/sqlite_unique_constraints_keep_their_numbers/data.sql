INSERT INTO a VALUES ('p', 'a', 1, 1), ('q', 'b', 1, 2);
INSERT INTO b VALUES ('a', 'p', 'x'), ('b', 'q', 'y');
INSERT INTO c VALUES (1, 'a', 'x'), (2, 'A', 'y');
