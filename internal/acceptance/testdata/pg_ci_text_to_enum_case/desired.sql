CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TYPE state AS ENUM ('open', 'closed');
CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  status state,
  code INTEGER
);
