INSERT INTO flag (id, on_off) VALUES (1, TRUE), (2, FALSE), (3, NULL), (4, TRUE);
