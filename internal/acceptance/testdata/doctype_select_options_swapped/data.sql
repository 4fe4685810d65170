INSERT INTO ticket (state) VALUES ('a'), ('b'), ('c'), (NULL), ('b'), ('B');
