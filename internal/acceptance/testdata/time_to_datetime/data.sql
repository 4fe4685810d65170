INSERT INTO shift (id, starts) VALUES (1, '08:30:00'), (2, '00:00:00'), (3, NULL), (4, '23:59:59');
