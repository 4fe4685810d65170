CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email VARCHAR(50) COLLATE ci
);
CREATE UNIQUE INDEX account_email ON account (email);
