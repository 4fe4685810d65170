INSERT INTO booking (id, room, during) VALUES (1, 1, '[2024-01-01 10:00, 2024-01-01 12:00)');
