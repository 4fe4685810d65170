-- Planned and synced with sql_mode='' (options.txt): MariaDB then
-- truncates, rounds, zero-fills or writes '?' instead of failing, so every
-- change that finds rows is DANGEROUS, and the ones that find none stay
-- WARNING with the non-strict reason.
CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  name VARCHAR(5),
  code VARCHAR(10),
  qty INT,
  price DECIMAL(10,2),
  note VARCHAR(10) NOT NULL,
  size ENUM('s','m'),
  label VARCHAR(10) CHARACTER SET latin1,
  tag VARCHAR(10) CHARACTER SET latin1
);
