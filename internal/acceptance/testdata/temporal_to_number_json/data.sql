INSERT INTO event (id, day, at, doc) VALUES (1, '2024-01-02', '10:11:12', '2024-01-02'), (2, NULL, '00:00:00', NULL);
