-- The domain loses its NOT NULL and its CHECK: no row changes, but the
-- database stops refusing negative and NULL quantities.
CREATE DOMAIN qty AS integer;
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty
);
