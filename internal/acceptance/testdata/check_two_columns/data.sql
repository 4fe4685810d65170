INSERT INTO booking (id, first_day, last_day) VALUES (1, 1, 2), (2, NULL, 5), (3, 4, 4), (4, 7, NULL);
