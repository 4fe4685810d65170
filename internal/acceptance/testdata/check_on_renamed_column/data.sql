INSERT INTO line (id, qty) VALUES (1, 3), (2, NULL);
