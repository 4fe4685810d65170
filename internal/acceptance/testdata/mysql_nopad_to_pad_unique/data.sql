INSERT INTO code (id, c) VALUES (1, 'a'), (2, 'a '), (3, 'a  '), (4, 'b'), (5, NULL);
