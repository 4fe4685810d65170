INSERT INTO author (id, name) VALUES (1, 'Le Guin');
INSERT INTO book (id, title) VALUES (1, 'Earthsea'), (2, 'Lathe');
