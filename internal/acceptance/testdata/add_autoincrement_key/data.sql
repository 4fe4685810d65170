INSERT INTO legacy (code, name) VALUES ('a', 'x'), ('b', 'y'), ('c', NULL);
