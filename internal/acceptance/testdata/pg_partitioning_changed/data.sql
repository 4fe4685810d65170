INSERT INTO measure (id, at, v, name) VALUES (1, '2024-03-01', 1, 'a');
INSERT INTO event (id, kind) VALUES (1, 'x');
INSERT INTO note (id, at) VALUES (1, '2024-01-01');
