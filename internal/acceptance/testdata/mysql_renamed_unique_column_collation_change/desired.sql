-- Seed 911899 (fuzz): the column is renamed and moved to another collation
-- of its character set in one MODIFY COLUMN. Its unique key still names
-- it c1 in the live table, so MariaDB must rebuild that index (INPLACE):
-- ALGORITHM=INSTANT fails with error 1846 "Reason: ADD INDEX".
CREATE TABLE t0 (
  id INTEGER PRIMARY KEY,
  r3 CHAR(10) COLLATE utf8mb4_bin NOT NULL, -- previously: c1
  c2 INTEGER
);
CREATE UNIQUE INDEX t0_c1_c2_key ON t0 (r3, c2);
