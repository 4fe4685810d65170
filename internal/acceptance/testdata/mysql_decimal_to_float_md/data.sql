INSERT INTO measure (id, v) VALUES (1, 1.5), (2, 12.345), (3, 99999.999), (4, NULL);
