-- SQLite stores every integer in 64 bits, whatever the declared size:
-- 2^53 + 1 in an INTEGER becomes 9007199254740992.0 in a DOUBLE column
-- (REAL affinity rounds it); 5000000000 sits in a SMALLINT and stays
-- there in an INTEGER, outside the 32-bit range INTEGER declares; an
-- 11-digit value does not fit DECIMAL(10,0), which SQLite keeps anyway.
INSERT INTO meter (id, reading, small, total, code) VALUES
  (1, 9007199254740993, 5000000000, 3000000000, 30000000000),
  (2, 9007199254740992, 7, 3000000000, 12345),
  (3, 12, -5000000000, NULL, NULL),
  (4, NULL, 32767, 5, -99999999999);
