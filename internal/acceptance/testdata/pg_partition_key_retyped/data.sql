INSERT INTO measure (id, at, v, name) VALUES (1, '2024-03-01', 1, 'a');
