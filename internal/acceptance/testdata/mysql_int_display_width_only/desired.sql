-- Display widths only: no value or range changes, and MariaDB 10.11 runs
-- each MODIFY with ALGORITHM=INSTANT. With ZEROFILL the width is the
-- padding readers see (42 reads 000042, then 0042), so those stay WARNING.
CREATE TABLE counter (
  id INTEGER PRIMARY KEY,
  hits INT(5),
  big BIGINT(3) UNSIGNED,
  small SMALLINT(2) NOT NULL DEFAULT 0,
  code INT(4) UNSIGNED ZEROFILL,
  ref INT(8) UNSIGNED
);
