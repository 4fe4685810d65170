INSERT INTO measure (id, v) VALUES (1, 1), (2, 123456789), (3, NULL);
