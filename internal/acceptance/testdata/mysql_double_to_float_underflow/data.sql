-- MariaDB turns a DOUBLE of 1e-300 into FLOAT 0 without a warning, even in
-- strict mode, and keeps 1e-40 as 9.99995e-41: the probe's round trip
-- through CAST(... AS FLOAT) counts both. 0.1, 0 and 1.2e-38 keep their value.
INSERT INTO m VALUES (1, -1e-300), (2, 1e-40), (3, 0.1), (4, 0), (5, 1.2e-38);
