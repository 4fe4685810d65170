INSERT INTO price (id, amount) VALUES (1, 'NaN'), (2, 12.5), (3, 1.005), (4, 99999999.99), (5, 99999999.995), (6, 123456789), (7, NULL), (8, -0.001), (9, '-Infinity');
