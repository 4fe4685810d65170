INSERT INTO event (id, at, starts) VALUES (1, '2024-05-01 10:00:00.123', '10:00:00'), (2, NULL, NULL);
