INSERT INTO diary (id, m, n) VALUES (1, 'happy', 'sad'), (2, 'sad', NULL);
