INSERT INTO reading (id, v, w) VALUES (1, -0.4, -0.4), (2, -1, 1e19), (3, 5.5, 2e19), (4, NULL, NULL);
