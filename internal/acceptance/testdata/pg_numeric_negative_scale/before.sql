CREATE TABLE price (
  id integer PRIMARY KEY,
  amount numeric(7,2),
  qty integer,
  tiny numeric(10,4),
  big numeric(5,-2)
);
