INSERT INTO tag (name, code) VALUES ('a', 'x'), ('A', 'y'), ('b', 'z'), ('B', NULL), (NULL, NULL), (NULL, 'Q');
