CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t0 (
  id INTEGER PRIMARY KEY,
  c1 BIGINT
);
