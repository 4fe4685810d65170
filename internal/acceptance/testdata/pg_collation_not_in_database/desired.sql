-- sync does not create collations: both the new column and the
-- collation change would fail on the missing "ci", so neither is applied.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE acct (
  id integer PRIMARY KEY,
  email text COLLATE ci,
  note text COLLATE ci
);
