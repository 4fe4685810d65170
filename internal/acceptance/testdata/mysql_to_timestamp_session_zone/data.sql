-- The session runs at +05:00 (options.txt), so TIMESTAMP's range reads
-- 1970-01-01 05:00:00.000001 to 2038-01-19 08:14:07.999999 here: the
-- ALTER refuses rows 1, 4 and 5 (measured on MariaDB 10.11, strict mode,
-- time_zone '+05:00'), from a DATETIME and from text alike. A TIME becomes
-- a TIMESTAMP on the day the ALTER runs ('12:00:00' is today at noon): no
-- count holds for another day, so tod is not_checkable.
INSERT INTO event (id, at, txt, tod) VALUES
  (1, '1970-01-01 05:00:00', '1970-01-01 05:00:00', '12:00:00'),
  (2, '1970-01-01 05:00:01', '1970-01-01 05:00:01', NULL),
  (3, '2038-01-19 08:14:07', '2038-01-19 08:14:07', NULL),
  (4, '2038-01-19 08:14:08', '2038-01-19 08:14:08', NULL),
  (5, '1970-01-01 03:00:00', '1970-01-01 03:00:00', NULL),
  (6, NULL, NULL, NULL);
