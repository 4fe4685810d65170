-- MariaDB's DATETIME keeps no fraction: 1 and 4 lose theirs, without
-- even a note; 2 and 3 convert as they are.
INSERT INTO visit (id, at) VALUES (1, '2024-01-02 03:04:05.6'), (2, '2024-01-02'), (3, '2024-01-02 03:04'), (4, '2024-01-02 03:04:05.000001'), (5, NULL);
