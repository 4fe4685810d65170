INSERT INTO diary (id, m) VALUES (1, 'happy'), (2, 'Happy'), (3, 'sad '), (4, NULL), (5, 'sad'), (6, '');
