INSERT INTO flag (id, v) VALUES (1, TRUE), (2, FALSE), (3, NULL);
