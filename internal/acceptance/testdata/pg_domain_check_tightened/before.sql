CREATE DOMAIN qty AS integer CHECK (VALUE >= 0);
CREATE DOMAIN code AS text;
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  c code
);
CREATE TABLE reserve (
  id integer PRIMARY KEY,
  n qty
);
