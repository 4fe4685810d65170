CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email TEXT
);
CREATE UNIQUE INDEX account_email ON account (email);
