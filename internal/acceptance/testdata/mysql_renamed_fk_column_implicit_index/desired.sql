-- Fuzz seed 942045: the key's column is renamed and a unique index over it
-- added. MariaDB carries the implicit index `c3` through RENAME COLUMN and
-- drops it by itself once the unique index serves the key; the plan also
-- dropped it, and sync failed with error 1091 (Can't DROP INDEX `c3`).
CREATE TABLE p0 (id int PRIMARY KEY);
CREATE TABLE t2 (id int PRIMARY KEY,
  r4 int, -- previously: c3
  FOREIGN KEY (r4) REFERENCES p0 (id) ON DELETE SET NULL);
CREATE UNIQUE INDEX t2_c3_uq ON t2 (r4);
