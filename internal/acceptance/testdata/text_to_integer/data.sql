INSERT INTO item (id, qty) VALUES (1, '12'), (2, 'abc'), (3, '12.5'), (4, '99999999999'), (5, NULL), (6, '-3');
