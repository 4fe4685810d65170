INSERT INTO doc (id, title) VALUES (1, 'Réport 2023'), (2, 'report-2024'), (3, 'memo'), (4, 'MEMO pad'), (5, NULL);
