CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email CITEXT
);
CREATE UNIQUE INDEX account_email ON account (email);
