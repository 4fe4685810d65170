INSERT INTO event (id, day) VALUES (1, '2024-01-05'), (2, 'not a date'), (3, '2024-13-40'), (4, NULL), (5, '2023-12-31');
