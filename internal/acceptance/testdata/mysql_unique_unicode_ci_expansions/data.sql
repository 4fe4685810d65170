INSERT INTO person (id, name) VALUES (1, 'strasse'), (2, 'straße'), (3, 'resume'), (4, 'résumé'), (5, 'Bob'), (6, 'bob '), (7, 'solo'), (8, NULL), (9, NULL);
