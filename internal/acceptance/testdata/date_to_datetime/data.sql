INSERT INTO event (id, day) VALUES (1, '2024-01-05'), (2, NULL);
