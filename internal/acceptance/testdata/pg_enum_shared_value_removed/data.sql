INSERT INTO diary (id, m) VALUES (1, 'happy'), (2, 'sad');
INSERT INTO note (id, m) VALUES (1, 'sad'), (2, NULL);
