-- MariaDB 10.11 in strict mode, ALTER ... MODIFY to FLOAT: a DOUBLE's
-- -1e-300 (below FLOAT's least subnormal) is stored as 0 without a
-- warning, 1e-40 as the subnormal 9.99995e-41 (the round trip already
-- counted it); a DECIMAL's 1e40 (above FLT_MAX) fails the ALTER with 1264
-- "Out of range value". The first and the last were not counted (one
-- significant digit): a lost value, and 0 rows for a failing sync.
INSERT INTO reading (id, d, n) VALUES (1, 0.5, 5), (2, -1e-300, 1e40), (3, 1e-40, NULL), (4, NULL, -7);
