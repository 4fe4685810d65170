CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t3 (
  id INTEGER PRIMARY KEY,
  c1 VARCHAR(255) COLLATE ci
);
