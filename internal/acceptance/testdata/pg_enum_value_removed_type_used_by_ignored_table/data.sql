INSERT INTO diary (id, m) VALUES (1, 'happy'), (2, 'sad'), (3, NULL);
INSERT INTO legacy_log (id, m) VALUES (1, 'meh'), (2, 'happy');
