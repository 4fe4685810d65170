CREATE TABLE account (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(20)
);
CREATE TABLE vendor (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(20)
);
CREATE TABLE bill (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  payee bigint REFERENCES account (id),
  code varchar(10),
  ref varchar(10),
  n bigint
);
CREATE UNIQUE INDEX bill_code_key ON bill (code);
CREATE INDEX bill_ref_idx ON bill (ref);
