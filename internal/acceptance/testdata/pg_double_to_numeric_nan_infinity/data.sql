INSERT INTO m (id, v, r) VALUES (1, 'NaN', 'NaN'), (2, 'Infinity', '-Infinity'), (3, 12.5, 12.5), (4, NULL, NULL), (5, 99999999.99, 0.1), (6, -0.0, 3.14159);
