INSERT INTO flag (id, f, g, h, k) VALUES (1, true, true, true, true), (2, false, false, false, false), (3, NULL, NULL, NULL, NULL);
