INSERT INTO diary (id, m, other) VALUES (1, 'happy', 'happy'), (2, 'sad', NULL);
