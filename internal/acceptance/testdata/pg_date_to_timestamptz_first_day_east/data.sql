INSERT INTO event (id, day_tz) VALUES (1, '2024-01-05'), (2, '4714-11-24 BC'), (3, '4714-11-25 BC'), (4, NULL);
