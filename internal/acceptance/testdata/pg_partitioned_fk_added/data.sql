INSERT INTO ref (id) VALUES (1), (2);
INSERT INTO measure (id, at, v, name) VALUES (1, '2024-03-01', 1, 'a'), (2, '2025-03-01', 2, 'b'), (3, '2025-04-01', NULL, 'c');
