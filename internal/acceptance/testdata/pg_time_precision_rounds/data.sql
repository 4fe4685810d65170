INSERT INTO shift (id, starts) VALUES (1, '08:00:00'), (2, '08:00:00.499'), (3, '23:59:59.999'), (4, NULL);
