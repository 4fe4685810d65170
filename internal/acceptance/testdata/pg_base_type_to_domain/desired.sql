-- Each column becomes a domain over its own type: the values stay, but
-- ALTER COLUMN TYPE casts every one to the domain and fails on a row the
-- domain refuses (-1 for qty's CHECK, NULL for code's NOT NULL).
CREATE DOMAIN qty AS integer CHECK (VALUE >= 0);
CREATE DOMAIN code AS text NOT NULL;
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  c code
);
