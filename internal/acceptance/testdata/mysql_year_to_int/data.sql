INSERT INTO built (id, y) VALUES (1, 1999), (2, 0), (3, 2155), (4, NULL);
