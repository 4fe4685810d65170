-- The key's ON DELETE changes (drop it, add it back) and a unique index
-- over its column is added. MariaDB 10.11 keeps the index c2 it generated
-- for the key after DROP FOREIGN KEY, but drops it silently when ADD
-- UNIQUE INDEX t1_c2_uq (c2) runs; the key added back then restated c2
-- ("DROP INDEX c2, ADD INDEX c2 (c2), ADD CONSTRAINT ...") and sync failed
-- half-way with 1091 "Can't DROP INDEX c2" (fuzz seed 968770). The key is
-- now added back over t1_c2_uq alone, as MariaDB leaves it.
CREATE TABLE t0 (id INTEGER PRIMARY KEY);
CREATE TABLE t1 (
  id INTEGER PRIMARY KEY,
  c2 INTEGER,
  FOREIGN KEY (c2) REFERENCES t0 (id)
);
CREATE UNIQUE INDEX t1_c2_uq ON t1 (c2);
