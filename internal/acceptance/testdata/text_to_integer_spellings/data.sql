INSERT INTO item (id, qty) VALUES (1, ' 12 '), (2, '1e3'), (3, '0x10'), (4, '-0'), (5, '+5'), (6, ''), (7, '007'), (8, NULL);
