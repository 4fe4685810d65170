INSERT INTO line (id, qty) VALUES (1, 5), (2, NULL), (3, -1), (4, 0);
