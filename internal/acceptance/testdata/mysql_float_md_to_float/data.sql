INSERT INTO measure (id, v) VALUES (1, 1.5), (2, 12.3456), (3, NULL);
