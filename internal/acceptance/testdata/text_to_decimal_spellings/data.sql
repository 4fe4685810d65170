INSERT INTO item (id, price) VALUES (1, ' 12 '), (2, '1e3'), (3, '0x10'), (4, '-0'), (5, '+5'), (6, ''), (7, '1.005'), (8, 'NaN'), (9, 'Infinity'), (10, '.5'), (11, NULL);
