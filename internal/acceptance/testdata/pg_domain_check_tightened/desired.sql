-- The domains keep their names but gain constraints. ALTER DOMAIN ... ADD
-- CONSTRAINT checks every column of the domain at once: stock.n holds 150
-- (over 100), stock.c holds 'abcdef' (longer than 5) and a NULL the new
-- NOT NULL refuses. reserve.n's rows all pass, but the one statement that
-- changes qty fails on stock.n, so its change is DANGEROUS too.
CREATE DOMAIN qty AS integer CHECK (VALUE >= 0) CHECK (VALUE <= 100);
CREATE DOMAIN code AS text NOT NULL CHECK (length(VALUE) <= 5);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty,
  c code
);
CREATE TABLE reserve (
  id integer PRIMARY KEY,
  n qty
);
