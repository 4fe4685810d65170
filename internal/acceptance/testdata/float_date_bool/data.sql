INSERT INTO event (id, score, happened, flag) VALUES
 (1, 1.25, '2024-02-29', 1),
 (2, 1.255, '2023-02-29', 0),
 (3, 12345.5, 'not a date', NULL),
 (4, NULL, NULL, 1),
 (5, -0.5, '2024-13-01', 0),
 (6, 999.99, '2024-01-15', 1);
