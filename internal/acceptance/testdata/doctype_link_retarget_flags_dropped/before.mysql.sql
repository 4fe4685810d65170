CREATE TABLE account (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(20)
);
CREATE TABLE vendor (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(20)
);
CREATE TABLE bill (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  payee bigint REFERENCES account (id),
  code varchar(10),
  ref varchar(10),
  n bigint
);
CREATE UNIQUE INDEX bill_code_key ON bill (code);
CREATE INDEX bill_ref_idx ON bill (ref);
