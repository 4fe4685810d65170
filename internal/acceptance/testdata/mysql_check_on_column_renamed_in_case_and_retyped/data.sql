-- MySQL column names are case-insensitive: qty is Qty, renamed in case
-- only, and the new check reads it as VARCHAR: '10' >= '5' is false
-- (text), though 10 >= '5' is true (a number).
INSERT INTO item (id, Qty) VALUES (1, 10), (2, 7), (3, NULL);
