INSERT INTO perm (id, p) VALUES (1, 'r'), (2, 'r,x'), (3, ''), (4, NULL), (5, 'w');
