-- Under utf8mb4_bin each value matches at most one of p1 and p2 ('fr' is
-- p1's, 'FR' p2's): both keys, rebuilt for the change, refuse rows, and
-- the rows are orphans of either key, not only of the first.
CREATE TABLE p1 (
  code VARCHAR(3) COLLATE utf8mb4_bin PRIMARY KEY
);
CREATE TABLE p2 (
  code VARCHAR(3) COLLATE utf8mb4_bin PRIMARY KEY
);
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  c VARCHAR(3) COLLATE utf8mb4_bin,
  CONSTRAINT t_p1 FOREIGN KEY (c) REFERENCES p1 (code),
  CONSTRAINT t_p2 FOREIGN KEY (c) REFERENCES p2 (code)
);
