INSERT INTO built (id, y) VALUES (1, 1999), (2, 1900), (3, 50), (4, NULL), (5, 2155);
