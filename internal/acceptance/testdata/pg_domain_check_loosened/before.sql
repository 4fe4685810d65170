CREATE DOMAIN qty AS integer NOT NULL CHECK (VALUE >= 0);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty
);
