INSERT INTO flag (id, v) VALUES (1, 'yes'), (2, 't'), (3, '2'), (4, 'true'), (5, '0'), (6, 'of'), (7, ' off '), (8, NULL), (9, '1');
