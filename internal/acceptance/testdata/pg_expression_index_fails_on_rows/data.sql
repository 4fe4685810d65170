INSERT INTO event VALUES (1, 10, 2, '2024'), (2, 5, 0, 'soon'), (3, NULL, 0, NULL);
