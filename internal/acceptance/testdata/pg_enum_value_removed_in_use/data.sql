INSERT INTO diary (id, m) VALUES (1, 'happy'), (2, 'meh'), (3, 'meh'), (4, NULL);
