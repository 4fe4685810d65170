CREATE DOMAIN qty AS integer;
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty
);
CREATE TABLE batch (
  id integer PRIMARY KEY,
  ns qty[]
);
