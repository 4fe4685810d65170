INSERT INTO item (id, code) VALUES (1, '5'), (2, 'x'), (3, '12abc'), (4, NULL), (5, ' 7');
