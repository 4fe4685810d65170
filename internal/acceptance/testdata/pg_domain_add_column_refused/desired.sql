-- Adding a column checks the domain's constraints on the value every
-- existing row gets: NULL fails NOT NULL, 0 fails VALUE > 0. On a table
-- with rows the ALTER fails; on an empty one it runs. A default the domain
-- accepts (5), or NULL under a CHECK (unknown passes), is fine.
CREATE DOMAIN required_int AS integer NOT NULL;
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  bin required_int,
  qty positive DEFAULT 0,
  reorder positive DEFAULT 5,
  note positive
);
CREATE TABLE empty_stock (
  id integer PRIMARY KEY,
  bin required_int,
  qty positive DEFAULT 0
);
