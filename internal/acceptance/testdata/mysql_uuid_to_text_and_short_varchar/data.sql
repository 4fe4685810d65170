-- MariaDB's UUID reads as its 36-character text: TEXT keeps it, a
-- VARCHAR(10) cannot hold it (error 1406 in strict mode).
INSERT INTO token (id, a, b) VALUES
 (1, '123e4567-e89b-12d3-a456-426614174000', '123e4567-e89b-12d3-a456-426614174000'),
 (2, NULL, NULL);
