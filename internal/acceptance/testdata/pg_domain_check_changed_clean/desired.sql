-- Every row meets the new constraints: the changes are WARNING with 0
-- rows and sync runs them. code's check is replaced under the same name
-- (dropped, then added); qty gains a bound and keeps its check. A column
-- named "value" does not confuse the probe with the domain's VALUE.
CREATE DOMAIN qty AS integer CONSTRAINT qty_positive CHECK (VALUE >= 0) CONSTRAINT qty_bound CHECK (VALUE < 1000);
CREATE DOMAIN code AS varchar(20) CONSTRAINT code_len CHECK (length(VALUE) <= 8);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  c code
);
CREATE TABLE reserve (
  id integer PRIMARY KEY,
  "value" qty
);
