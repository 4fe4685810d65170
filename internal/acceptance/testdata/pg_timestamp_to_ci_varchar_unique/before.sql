CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t0 (
  id INTEGER PRIMARY KEY,
  c1 TIMESTAMP DEFAULT '2000-01-01 00:00:00'
);
