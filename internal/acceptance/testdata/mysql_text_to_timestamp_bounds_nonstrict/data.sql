-- Each value goes to a TIMESTAMP(6) (v6, and d from a DATETIME(6)) and to
-- a TIMESTAMP (v0), in the session's time zone (UTC here). Measured with
-- ALTER TABLE ... MODIFY on MariaDB 10.11, without strict mode: a TIMESTAMP holds
-- 1970-01-01 00:00:00.000001 to 2038-01-19 03:14:07.999999 UTC once the
-- value is cut to its digits. The ALTER stores the zero date 0000-00-00 00:00:00 in rows 4, 5 and 9 (out of
-- range: 1970-01-01 00:00:00 is the zero timestamp), 7 and 8 (not a date),
-- and into TIMESTAMP(0) row 2 as well (cut to 00:00:00); it cuts row 3's
-- fraction there. Rows 2 and 3 fit a TIMESTAMP(6) as they are.
-- v6: 4, 5, 7, 8, 9. v0: those and 2, 3. d: 4, 5, 9.
INSERT INTO event (id, v6, v0, d) VALUES
  (1, '2024-01-02 03:04:05', '2024-01-02 03:04:05', '2024-01-02 03:04:05'),
  (2, '1970-01-01 00:00:00.5', '1970-01-01 00:00:00.5', '1970-01-01 00:00:00.5'),
  (3, '2038-01-19 03:14:07.5', '2038-01-19 03:14:07.5', '2038-01-19 03:14:07.5'),
  (4, '1969-12-31 23:59:59', '1969-12-31 23:59:59', '1969-12-31 23:59:59'),
  (5, '2038-01-19 03:14:08', '2038-01-19 03:14:08', '2038-01-19 03:14:08'),
  (6, NULL, NULL, NULL),
  (7, 'abc', 'abc', NULL),
  (8, '2024-02-30', '2024-02-30', NULL),
  (9, '1970-01-01 00:00:00', '1970-01-01 00:00:00', '1970-01-01 00:00:00');
