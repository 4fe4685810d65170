INSERT INTO city (id, name) VALUES (1, 'Paris'), (2, 'Zürich'), (3, 'Ĉeĥio'), (4, 'Tokyo 😀'), (5, NULL);
