CREATE DOMAIN qty AS integer CONSTRAINT qty_positive CHECK (VALUE >= 0);
CREATE DOMAIN code AS varchar(20) CONSTRAINT code_len CHECK (length(VALUE) <= 10);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  c code
);
CREATE TABLE reserve (
  id integer PRIMARY KEY,
  "value" qty
);
