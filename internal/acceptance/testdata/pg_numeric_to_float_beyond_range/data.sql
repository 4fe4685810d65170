-- numeric_float4 and numeric_float8 parse the numeric's text as float4in
-- and float8in do, which refuse what would be infinity or 0 (measured on
-- PostgreSQL 15: SELECT 1e40::numeric::float4 and 1e-50::numeric::float4
-- fail "is out of range for type real", 1e400 and 1e-400 into double
-- precision likewise). NaN and Infinity convert. Only significant digits
-- were counted: 0 rows, and sync --force failed.
INSERT INTO reading (id, small, big, tiny) VALUES
  (1, 0.5, 1, 0.5),
  (2, 1e40, 1e400, 1e-400),
  (3, 1e-50, 5, 0.25),
  (4, 'NaN', NULL, NULL),
  (5, 'Infinity', NULL, NULL);
