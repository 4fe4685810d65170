INSERT INTO event (title, level, seats) VALUES ('a', 'low', 3), ('b', 'high', 5);
