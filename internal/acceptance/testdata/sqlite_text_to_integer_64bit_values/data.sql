-- INTEGER affinity (BIGINT has it) turns text into the 64-bit integer it spells, beyond
-- 2^53 too, and ' 7 ', '1e3' and '12.0' into 7, 1000 and 12. Only
-- 2^63 (which becomes a rounded REAL) and 'abc' (which stays text) do
-- not become the integer they spell.
INSERT INTO reading (id, counter) VALUES
  (1, '9007199254740993'),
  (2, '9223372036854775807'),
  (3, '-9223372036854775808'),
  (4, '12'),
  (5, ' 7 '),
  (6, '1e3'),
  (7, '12.0'),
  (8, '9223372036854775808'),
  (9, 'abc'),
  (10, NULL);
