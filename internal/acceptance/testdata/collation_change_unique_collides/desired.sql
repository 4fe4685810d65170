CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email VARCHAR(50) COLLATE NOCASE
);
CREATE UNIQUE INDEX account_email ON account (email);
