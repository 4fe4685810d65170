-- SQLite enforces no precision: a DECIMAL(5,2) column holds 123456.789.
-- It has 6 digits before the point and 3 after, which DECIMAL(7,2) does
-- not hold; 12.5 and 99999.99 do.
INSERT INTO price (id, p, q) VALUES (1, 123456.789, 1), (2, 12.5, 2), (3, 99999.99, 3), (4, 1.234, 4), (5, NULL, 5), (6, 'abc', 6);
