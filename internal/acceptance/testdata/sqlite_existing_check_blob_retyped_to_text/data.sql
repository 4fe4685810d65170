-- The rebuild into TEXT columns keeps a blob a blob and makes a number
-- text, and checks the table's existing checks again on what it stores
-- (SQLite 3.40): x'6869' passes v <> 'hi' as the blob it stays (its CAST
-- to TEXT would be 'hi' and fail); x'31' passes n > 3, a blob sorting
-- after every number and text; the integer 10, stored as '10', compares
-- as text with '3' and fails: only row 2 fails, and only on n.
INSERT INTO t (id, v, n) VALUES (1, x'6869', x'31'), (2, 5, 10), (3, 7, '5'), (4, NULL, NULL);
