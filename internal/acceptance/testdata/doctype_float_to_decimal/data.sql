INSERT INTO measure (v) VALUES (0.125), (1234.5), (12345.67), (3.14159), (NULL), (-0.5), (10);
