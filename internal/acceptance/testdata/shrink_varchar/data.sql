INSERT INTO person (id, name) VALUES (1, 'Al'), (2, 'Bo'), (3, 'Christopher Robin'), (4, 'Maximilian Alexander'), (5, NULL), (6, 'exactly 10');
