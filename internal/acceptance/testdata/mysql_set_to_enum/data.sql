INSERT INTO perm (id, p) VALUES (1, 'r'), (2, 'r,w'), (3, 'w'), (4, NULL), (5, '');
