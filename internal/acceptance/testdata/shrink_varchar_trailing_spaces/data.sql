INSERT INTO code (id, val) VALUES (1, 'ab '), (2, 'abc  '), (3, 'abc'), (4, ''), (5, '   ');
