CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  status TEXT COLLATE ci,
  code TEXT COLLATE ci
);
