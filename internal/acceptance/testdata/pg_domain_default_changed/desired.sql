-- The domains keep their names and constraints; their defaults change.
-- ALTER DOMAIN ... SET DEFAULT / DROP DEFAULT changes only the catalog:
-- no existing row changes (checks.txt), and only rows inserted later
-- without a value get the new default (stock.m keeps its own, 7).
CREATE DOMAIN qty AS integer DEFAULT 1;
CREATE DOMAIN code AS text DEFAULT 'new';
CREATE DOMAIN tag AS text;
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  m qty DEFAULT 7,
  c code,
  t tag
);
