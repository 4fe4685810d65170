INSERT INTO seat (id, room, num) VALUES (1, 1, 1), (2, 1, 1), (3, 1, 1), (4, 1, 2), (5, 1, NULL), (6, 1, NULL), (7, NULL, 2), (8, 2, 1);
