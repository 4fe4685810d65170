CREATE TABLE m (
  id integer PRIMARY KEY,
  v double precision,
  r real
);
