-- 1 and 4 lose their time of day, 5 its microsecond (MariaDB keeps the
-- day with only a note, in strict mode); 2 and 3 convert as they are.
INSERT INTO visit (id, at) VALUES (1, '2024-01-02 03:04:05'), (2, '2024-01-02'), (3, '2024-01-02 00:00:00'), (4, '2024-1-5T1:02:03.1'), (5, '2024-01-02 00:00:00.000001'), (6, NULL);
