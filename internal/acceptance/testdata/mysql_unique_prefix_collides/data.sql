INSERT INTO doc (id, title) VALUES (1, 'report 2023'), (2, 'report 2024'), (3, 'memo');
