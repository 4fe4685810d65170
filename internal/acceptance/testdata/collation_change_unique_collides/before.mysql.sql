CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email VARCHAR(50) COLLATE utf8mb4_bin
);
CREATE UNIQUE INDEX account_email ON account (email);
