INSERT INTO perm (id, p) VALUES (1, 'read'), (2, 'read,write'), (3, ''), (4, NULL), (5, 'x,read');
