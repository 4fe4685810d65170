INSERT INTO person (id, lang) VALUES (1, 'en'), (2, NULL);
