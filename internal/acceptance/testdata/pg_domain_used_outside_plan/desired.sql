-- stock.n's rows pass the new check, but batch.ns is an array of qty,
-- which schemaguard does not count: the change must not be forced through.
CREATE DOMAIN qty AS integer CHECK (VALUE >= 0);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n qty
);
CREATE TABLE batch (
  id integer PRIMARY KEY,
  ns qty[]
);
