-- n: 0 stays 0000, 1901..2155 are kept, 1..69 and 70..99 silently
-- become 2001..2069 and 1970..1999, the rest are refused (strict) or
-- stored as 0000: 6 rows count.
-- s: text is read as a rounded number, and only a four-byte zero is
-- 0000: '0' and ' 0000' become 2000, '99' 1999, '1999.6' 2000; 'abc',
-- '1900' and '' are refused. ' 1999 ', '+1999', '1.999e3' and '0.00' are
-- kept as the year they spell: 7 rows count.
-- y: YEAR to VARCHAR(3): every year is four characters: 3 rows count.
INSERT INTO built (id, n, s, y) VALUES
  (1, 0, '0000', 1999),
  (2, 1999, ' 1999 ', 0),
  (3, 2155, '+1999', 2155),
  (4, 1901, '1.999e3', NULL),
  (5, 5, '0.00', NULL),
  (6, 70, '0', NULL),
  (7, 99, ' 0000', NULL),
  (8, -1, '99', NULL),
  (9, 1900, '1999.6', NULL),
  (10, 2156, 'abc', NULL),
  (11, NULL, '1900', NULL),
  (12, NULL, '', NULL),
  (13, NULL, NULL, NULL);
