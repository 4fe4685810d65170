-- t.c is unique and in two foreign keys. Under utf8mb4_bin 'fr' and 'CH'
-- match only p1's rows and 'de' only p2's: each of the three rows breaks
-- one key, and counts once beside the (here empty) duplicate groups.
CREATE TABLE p1 (
  code VARCHAR(3) COLLATE utf8mb4_bin PRIMARY KEY
);
CREATE TABLE p2 (
  code VARCHAR(3) COLLATE utf8mb4_bin PRIMARY KEY
);
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  c VARCHAR(3) COLLATE utf8mb4_bin UNIQUE,
  CONSTRAINT t_p1 FOREIGN KEY (c) REFERENCES p1 (code),
  CONSTRAINT t_p2 FOREIGN KEY (c) REFERENCES p2 (code)
);
