INSERT INTO measure (id, v) VALUES (1, 1.5), (2, 12.345), (3, 123456789.5), (4, NULL), (5, -0.004);
