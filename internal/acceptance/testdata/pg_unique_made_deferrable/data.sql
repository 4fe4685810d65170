INSERT INTO seat (id, pos) VALUES (1, 1), (2, 2), (3, NULL);
