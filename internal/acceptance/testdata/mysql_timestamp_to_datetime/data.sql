INSERT INTO login (id, at) VALUES (1, '2024-05-01 10:00:00'), (2, NULL);
