CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t0 (
  id INTEGER PRIMARY KEY,
  c1 VARCHAR(5) COLLATE ci DEFAULT 'ccccc'
);
CREATE UNIQUE INDEX t0_c1_uq ON t0 (c1);
