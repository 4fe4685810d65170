CREATE DOMAIN qty AS integer CHECK (VALUE >= 0);
CREATE DOMAIN code AS text NOT NULL;
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n integer,
  c text
);
