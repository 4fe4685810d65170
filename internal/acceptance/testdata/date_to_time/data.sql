INSERT INTO shift (id, day) VALUES (1, '2024-01-15'), (2, NULL), (3, '1999-12-31');
